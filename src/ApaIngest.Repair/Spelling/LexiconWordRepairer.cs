using System.Text;
using ApaIngest.Core.Pages;
using ApaIngest.Core.Pipeline;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;
using ApaIngest.Repair.Ml;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// The dictionary + classifier repair step: fixes garbled Bangla words against the lexicons, never touching numbers,
/// codes, dates, Latin words/acronyms, or words it has no confident candidate for. Page words keep their
/// <see cref="Word.RawText"/>; a replaced word's confidence drops to at most the classifier's probability.
/// </summary>
public sealed class LexiconWordRepairer : IWordRepairer
{
    private static readonly Lazy<LexiconWordRepairer> Default = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    public LexiconWordRepairer(WordCorrector corrector)
    {
        Corrector = corrector;
        Joiner = new SplitWordJoiner(corrector.Generator);
    }

    public WordCorrector Corrector { get; }

    public SplitWordJoiner Joiner { get; }

    /// <summary>The repairer built from the repository's lexicons and model (found via $APA_REPO_ROOT or ApaIngest.sln); loaded once, thread-safe.</summary>
    public static LexiconWordRepairer LoadDefault() => Default.Value;

    /// <summary>Builds a repairer from the lexicons (and learned confusion costs) under <paramref name="root"/>; <paramref name="useModel"/> false gives the rule-only repairer.</summary>
    public static LexiconWordRepairer Load(string root, bool useModel = true)
    {
        var learnedPath = Path.Combine(root, RepoPaths.LearnedConfusions);
        if (File.Exists(learnedPath))
        {
            OcrConfusion.UseLearned(LearnedConfusions.Read(learnedPath));
        }

        var lettersPath = Path.Combine(root, RepoPaths.LearnedLetterConfusions);
        if (File.Exists(lettersPath))
        {
            OcrConfusion.UseLearnedLetters(LetterConfusions.Read(lettersPath));
        }

        var lexicon = WordLexicon.Load(root);
        var index = new DeleteIndex(lexicon.Entries.Select(e => e.Key));
        var generator = new CandidateGenerator(lexicon, index);
        generator.Prepare();
        var modelPath = Path.Combine(root, RepoPaths.RepairModel);
        var classifier = useModel && File.Exists(modelPath) ? RepairClassifier.Load(modelPath) : null;
        return new LexiconWordRepairer(new WordCorrector(generator, classifier));
    }

    /// <summary>Without a repository (no lexicons to be found) the repairer knows no words and changes nothing.</summary>
    private static LexiconWordRepairer CreateDefault() =>
        RepoPaths.FindRoot() is { } root
            ? Load(root)
            : new LexiconWordRepairer(new WordCorrector(new CandidateGenerator(new WordLexicon(), new DeleteIndex([])), null));

    public PageContent Repair(PageContent page)
    {
        var repaired = RepairWords(page.Words);
        return repaired.Changed ? page with { Words = repaired.Words } : page;
    }

    /// <summary>
    /// The page's words repaired: words broken in two joined (<see cref="SplitWordJoiner"/>), then each garbled word corrected
    /// in the context of its joined neighbours. <see cref="RepairedWords.FirstSource"/> maps each result word to its first input word.
    /// </summary>
    public RepairedWords RepairWords(IReadOnlyList<Word> words)
    {
        var parts = words.Select(w => TokenParts.Of(BanglaText.Normalize(w.Text))).ToList();
        var (joined, firstSource) = JoinSplitWords(words, parts);
        var vocabulary = PageVocabulary.OfCores(parts.Select(p => p.Core));
        Word[]? repaired = null;
        for (var i = 0; i < joined.Count; i++)
        {
            var w = joined[i];
            if (!NeedsLook(w.Text))
            {
                continue;
            }

            var (text, changed, p) = RepairToken(w.Text, ContextOf(joined, i, vocabulary, parts));
            if (changed && CompletesWithNext(text, parts, i))
            {
                // সংস্কৃ + তি wrapped in a table cell: the next word is the rest of this one, so completing this word would
                // write its end twice (সংস্কৃতি তি); the pieces are left as they are
                continue;
            }

            if (changed)
            {
                repaired ??= [.. joined];
                repaired[i] = w with { Text = text, RawText = w.RawText, Confidence = Math.Min(w.Confidence, Math.Max(p, 0.01)) };
            }
        }

        var changedAny = repaired is not null || !ReferenceEquals(joined, words);
        return new RepairedWords(repaired ?? joined, firstSource, changedAny);
    }

    /// <summary>Whether the repaired word <paramref name="text"/> is word <paramref name="i"/>'s core followed by the next word's core.</summary>
    private static bool CompletesWithNext(string text, List<TokenParts> parts, int i)
    {
        if (i + 1 >= parts.Count || parts[i + 1].Core.Length == 0)
        {
            return false;
        }

        var core = TokenParts.Of(BanglaText.Normalize(text)).Core;
        return core == parts[i].Core + parts[i + 1].Core;
    }

    /// <summary>Joins neighbours that are one word broken in two; <paramref name="parts"/> (each word normalised and split) is kept in step.</summary>
    private (IReadOnlyList<Word> Words, IReadOnlyList<int> FirstSource) JoinSplitWords(IReadOnlyList<Word> words, List<TokenParts> parts)
    {
        List<Word>? result = null;
        List<int>? first = null;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var k = result?.Count ?? i;
            if (i + 1 < words.Count && parts[k].Core.Length > 0 && parts[k + 1].Core.Length > 0 && SplitWordJoiner.Adjacent(w, words[i + 1])
                && Joiner.Join(parts[k], parts[k + 1]) is { } joinedText)
            {
                if (result is null)
                {
                    result = [.. words.Take(i)];
                    first = [.. Enumerable.Range(0, i)];
                }

                var v = words[i + 1];
                result.Add(w with { Text = joinedText, RawText = w.RawText + " " + v.RawText, Box = w.Box.Union(v.Box), Confidence = Math.Min(w.Confidence, v.Confidence) });
                first!.Add(i);
                parts[k] = TokenParts.Of(joinedText);
                parts.RemoveAt(k + 1);
                i++;
                continue;
            }

            result?.Add(w);
            first?.Add(i);
        }

        return result is null ? (words, Enumerable.Range(0, words.Count).ToArray()) : (result, first!);
    }

    /// <summary>The context a page word is judged in: same-line neighbours, its confidence, its column's numeric share, the page's words.</summary>
    public static TokenContext ContextOf(IReadOnlyList<Word> words, int i, PageVocabulary? vocabulary = null) =>
        ContextOf(words, i, vocabulary ?? PageVocabulary.Of(words), null);

    private static TokenContext ContextOf(IReadOnlyList<Word> words, int i, PageVocabulary vocabulary, IReadOnlyList<TokenParts>? parts) =>
        new(Neighbour(words, i - 1, words[i], parts), Neighbour(words, i + 1, words[i], parts), words[i].Confidence, ColumnNumericShare(words, i))
        {
            Page = vocabulary,
            QuestionKnownWords = words[i].Origin == WordOrigin.Ocr,
        };

    /// <summary>Repairs one line of text (tokens separated by whitespace, which is kept as is).</summary>
    public string RepairLine(string line) => RepairLine(line, null);

    /// <summary>
    /// Repairs lines that belong together (a page): each line as <see cref="RepairLine(string)"/>, with the words of all of
    /// them as the page's words a candidate is looked up among (as <see cref="RepairWords"/> does for a page's boxes).
    /// </summary>
    public IReadOnlyList<string> RepairLines(IReadOnlyList<string> lines)
    {
        var vocabulary = PageVocabulary.Of(lines.SelectMany(l => l.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return [.. lines.Select(l => RepairLine(l, vocabulary))];
    }

    private string RepairLine(string line, PageVocabulary? page)
    {
        if (string.IsNullOrEmpty(line))
        {
            return line;
        }

        var (tokens, contexts) = LineTokens(line, page);
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            sb.Append(contexts[i] is { } context ? RepairToken(tokens[i], context).Text : tokens[i]);
        }

        return sb.ToString();
    }

    /// <summary>
    /// For each word of the line that repair looks at: its core, what it becomes and every candidate it was weighed against,
    /// with the classifier's probability, best first (<see cref="WordCorrector.Explain"/>); for `apa repair --explain`.
    /// </summary>
    public IEnumerable<(string Word, Correction Result, IReadOnlyList<(SpellCandidate Candidate, double Probability)> Candidates)> ExplainLine(string line)
    {
        if (string.IsNullOrEmpty(line))
        {
            yield break;
        }

        var (tokens, contexts) = LineTokens(line);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (contexts[i] is { } context && TokenParts.Of(BanglaText.Normalize(tokens[i])).Core is { Length: > 0 } core)
            {
                var (result, candidates) = Corrector.Explain(core, context);
                yield return (core, result, candidates);
            }
        }
    }

    /// <summary>The line's tokens and whitespace runs (split words joined) and, for each token repair looks at, its context.</summary>
    private (List<string> Tokens, TokenContext?[] Contexts) LineTokens(string line, PageVocabulary? page = null)
    {
        var tokens = SplitKeepingSpaces(line);
        var parts = tokens.Select(t => string.IsNullOrWhiteSpace(t) ? default : TokenParts.Of(BanglaText.Normalize(t))).ToList();
        JoinSplitTokens(tokens, parts);
        var numeric = tokens.Count(t => t.Any(char.IsDigit));
        var wordsInLine = tokens.Count(t => !string.IsNullOrWhiteSpace(t));
        var share = wordsInLine == 0 ? 0 : numeric / (double)wordsInLine;
        var vocabulary = page ?? PageVocabulary.OfCores(parts.Where(p => p.Core is { Length: > 0 }).Select(p => p.Core));
        var contexts = new TokenContext?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(tokens[i]) && NeedsLook(tokens[i]))
            {
                contexts[i] = new TokenContext(CoreOf(tokens, parts, i, -1), CoreOf(tokens, parts, i, +1), 1, share) { Page = vocabulary };
            }
        }

        return (tokens, contexts);
    }

    /// <summary>Joins a token and the next (across one run of at most two spaces, not a tab) when they are one word broken in two.</summary>
    private void JoinSplitTokens(List<string> tokens, List<TokenParts> parts)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (parts[i].Core is { Length: > 0 } && parts[i + 2].Core is { Length: > 0 } && tokens[i + 1].Length <= 2 && tokens[i + 1].Trim(' ').Length == 0
                && Joiner.Join(parts[i], parts[i + 2]) is { } joined)
            {
                tokens[i] = joined;
                parts[i] = TokenParts.Of(joined);
                tokens.RemoveRange(i + 1, 2);
                parts.RemoveRange(i + 1, 2);
            }
        }
    }

    /// <summary>Repairs one whitespace-free token: its Bangla pieces between separators (- / , ; : ( ) । etc.) are corrected one by one.</summary>
    public (string Text, bool Changed, double Probability) RepairToken(string token, TokenContext context)
    {
        var normal = BanglaText.Normalize(token);
        var sb = new StringBuilder(normal.Length);
        var changed = false;
        var probability = 1.0;
        var pieces = Pieces(normal).ToArray();
        var cores = pieces.Select(p => TokenParts.Of(p).Core).ToArray();
        for (var k = 0; k < pieces.Length; k++)
        {
            var piece = pieces[k];
            var parts = TokenParts.Of(piece);
            if (parts.Core.Length == 0)
            {
                sb.Append(piece);
                continue;
            }

            // a piece's neighbours are the pieces beside it (নওগা-এর: এর follows নওগা), the token's only at its ends
            var fix = Corrector.Correct(parts.Core, context with { Left = NearestPiece(cores, k, -1) ?? context.Left, Right = NearestPiece(cores, k, +1) ?? context.Right });
            if (fix.Changed)
            {
                changed = true;
                probability = Math.Min(probability, fix.Probability);
                sb.Append(parts.Prefix).Append(fix.Word).Append(parts.Suffix);
            }
            else
            {
                sb.Append(piece);
            }
        }

        return changed ? (sb.ToString(), true, probability) : (token, false, 1);
    }

    /// <summary>The nearest non-empty piece core before (<paramref name="step"/> -1) or after (+1) piece <paramref name="k"/>; null at the token's end.</summary>
    private static string? NearestPiece(string[] cores, int k, int step)
    {
        for (var j = k + step; j >= 0 && j < cores.Length; j += step)
        {
            if (cores[j].Length > 0)
            {
                return cores[j];
            }
        }

        return null;
    }

    public static bool NeedsLook(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0985' and <= '\u09B9' or >= '\u09DC' and <= '\u09DF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits at separators that may join two Bangla words (hyphen, slash, comma, danda, brackets), keeping them.</summary>
    private static IEnumerable<string> Pieces(string token)
    {
        var start = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] is '-' or '/' or ',' or ';' or ':' or '(' or ')' or '।' or '\u2013' or '\u2014' or '\'' or '"' or '‘' or '’' or '“' or '”')
            {
                if (i > start)
                {
                    yield return token[start..i];
                }

                yield return token[i..(i + 1)];
                start = i + 1;
            }
        }

        if (start < token.Length)
        {
            yield return token[start..];
        }
    }

    private static List<string> SplitKeepingSpaces(string line)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i == line.Length || char.IsWhiteSpace(line[i]) != char.IsWhiteSpace(line[start]))
            {
                result.Add(line[start..i]);
                start = i;
            }
        }

        return result;
    }

    /// <summary>The core of the nearest token (not a run of spaces) before or after token <paramref name="i"/>.</summary>
    private static string CoreOf(List<string> tokens, List<TokenParts> parts, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < tokens.Count; j += step)
        {
            if (!string.IsNullOrWhiteSpace(tokens[j]))
            {
                return parts[j].Core;
            }
        }

        return string.Empty;
    }

    private static string Neighbour(IReadOnlyList<Word> words, int j, Word self, IReadOnlyList<TokenParts>? parts)
    {
        if (j < 0 || j >= words.Count)
        {
            return string.Empty;
        }

        var other = words[j];
        var sameLine = Math.Abs(other.Box.CenterY - self.Box.CenterY) < Math.Max(2, self.Box.Height * 0.6);
        return !sameLine ? string.Empty : parts is not null ? parts[j].Core : TokenParts.Of(BanglaText.Normalize(other.Text)).Core;
    }

    /// <summary>Share of numeric words among those stacked above/below this one (its table column).</summary>
    public static double ColumnNumericShare(IReadOnlyList<Word> words, int i)
    {
        var self = words[i].Box;
        int column = 0, numeric = 0;
        for (var j = 0; j < words.Count; j++)
        {
            if (j == i)
            {
                continue;
            }

            var b = words[j].Box;
            var overlap = self.OverlapX(b);
            if (overlap > 0.5 * Math.Min(self.Width, b.Width))
            {
                column++;
                if (words[j].Text.Any(char.IsDigit))
                {
                    numeric++;
                }
            }
        }

        return column == 0 ? 0 : numeric / (double)column;
    }
}
