using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Tests.Spelling;

public sealed class ClusterCostsTests
{
    private static string[] Clusters(string word) => BanglaClusters.Split(BanglaText.Normalize(word));

    [Fact]
    public void Info_SameClusterTwice_IsTheSameInstance()
    {
        var costs = ClusterCosts.Current;
        Assert.Same(costs.Info(BanglaText.Normalize("ক্ষ")), costs.Info(BanglaText.Normalize("ক্ষ")));
        Assert.NotSame(costs.Info("ম"), costs.Info("থ"));
    }

    [Theory]
    [InlineData("ম", "থ")]
    [InlineData("ক্কা", "দ্ধা")]
    [InlineData("শূ", "শু")]
    [InlineData("ক", "ল")]
    public void Substitute_AnyPair_EqualsOcrConfusionCluster(string a, string b)
    {
        var costs = ClusterCosts.Current;
        var (na, nb) = (BanglaText.Normalize(a), BanglaText.Normalize(b));
        Assert.Equal(OcrConfusion.Cluster(na, nb), costs.Substitute(costs.Info(na), costs.Info(nb)));
    }

    [Theory]
    [InlineData("শূক্কাচার", "শুদ্ধাচার")]
    [InlineData("মাথলা", "মামলা")]
    [InlineData("সমমত", "সম্মত")]
    [InlineData("সম্মত", "সমমত")]
    [InlineData("কর্মসম্পাদন", "কর্মসম্পাদন")]
    [InlineData("শুদ্ধাচার", "শুকনাচার")]
    [InlineData("থানা", "থানায়")]
    [InlineData("ধানা", "থ")]
    [InlineData("মামলা", "লামমা")]
    [InlineData("ক্রমপঞ্জিভূত", "ক্রমপুঞ্জিভূত")]
    public void Between_RollingRows_EqualsTheFullMatrixRecurrence(string a, string b)
    {
        foreach (var limit in new[] { double.PositiveInfinity, 2.0, 0.5 })
        {
            Assert.Equal(FullMatrix(Clusters(a), Clusters(b), limit), ConfusionDistance.Between(Clusters(a), Clusters(b), limit));
        }
    }

    /// <summary>The recurrence written out on a full (n+1)×(m+1) matrix over the uncached costs, as a reference.</summary>
    internal static double FullMatrix(string[] a, string[] b, double limit)
    {
        int n = a.Length, m = b.Length;
        if (Math.Abs(n - m) > 3)
        {
            return double.PositiveInfinity;
        }

        var d = new double[n + 1, m + 1];
        for (var i = 1; i <= n; i++)
        {
            d[i, 0] = d[i - 1, 0] + OcrConfusion.ClusterInsertDelete(a[i - 1]);
        }

        for (var j = 1; j <= m; j++)
        {
            d[0, j] = d[0, j - 1] + OcrConfusion.ClusterInsertDelete(b[j - 1]);
        }

        for (var i = 1; i <= n; i++)
        {
            var rowMin = double.PositiveInfinity;
            for (var j = 1; j <= m; j++)
            {
                var best = d[i - 1, j - 1] + OcrConfusion.Cluster(a[i - 1], b[j - 1]);
                best = Math.Min(best, d[i - 1, j] + OcrConfusion.ClusterInsertDelete(a[i - 1]));
                best = Math.Min(best, d[i, j - 1] + OcrConfusion.ClusterInsertDelete(b[j - 1]));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + OcrConfusion.FullEdit);
                }

                if (j > 1 && OcrConfusion.Split(a[i - 1], b[j - 2], b[j - 1]) is var split && !double.IsNaN(split))
                {
                    best = Math.Min(best, d[i - 1, j - 2] + split);
                }

                if (i > 1 && OcrConfusion.Split(b[j - 1], a[i - 2], a[i - 1]) is var merge && !double.IsNaN(merge))
                {
                    best = Math.Min(best, d[i - 2, j - 1] + merge);
                }

                d[i, j] = best;
                rowMin = Math.Min(rowMin, best);
            }

            if (rowMin > limit)
            {
                return double.PositiveInfinity;
            }
        }

        return d[n, m];
    }
}
