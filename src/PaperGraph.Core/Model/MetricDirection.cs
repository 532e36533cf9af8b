namespace PaperGraph.Core.Model;

/// <summary>Whether a smaller value of a metric is better: errors, losses, perplexity, FID, cost.</summary>
public static class MetricDirection
{
    private static readonly string[] LowerIsBetterWords =
    [
        "error", "loss", "perplexity", "fid", "kid", "wer", "cer", "ter", "mae", "mse", "rmse", "latency",
        "flops", "macs", "parameters", "params", "memory", "time", "eer", "distance", "miss rate", "bpd",
        "bits per dim", "nll", "regret", "mr", "fde", "ade", "chamfer", "epe",
    ];

    public static bool IsLowerBetter(string metric)
    {
        var m = metric.ToLowerInvariant();
        foreach (var word in LowerIsBetterWords)
        {
            if (ContainsWord(m, word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetter(text[i - 1]);
            var end = i + word.Length;
            var after = end == text.Length || !char.IsLetter(text[end]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }
}
