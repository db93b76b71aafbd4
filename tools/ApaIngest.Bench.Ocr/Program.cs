using ApaIngest.Bench.Ocr;

return args.FirstOrDefault() switch
{
    "debug" when args.Length > 1 => DebugCommand.Run(args[1..]),
    "run" => await BenchCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench-ocr debug IMAGE [DPI] | bench-ocr run [--pages N] [--out-dir DIR]");
    return 2;
}
