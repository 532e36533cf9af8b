namespace PaperGraph.Core.Model;

/// <summary>Whether a smaller value of a metric is better: errors, losses, perplexity, FID, cost.
/// Agrees with the "lower" flags of the extraction knowledge base (a test checks every metric).</summary>
public static class MetricDirection
{
    private static readonly string[] LowerIsBetterWords =
    [
        "error", "loss", "perplexity", "fid", "sfid", "kid", "fvd", "lpips", "wer", "cer", "ter", "mae", "mse",
        "rmse", "mape", "ece", "latency", "flops", "macs", "parameters", "params", "parameter count", "model size",
        "memory", "time", "eer", "distance", "miss rate", "bpd", "bits per dim", "bits/dim", "nll", "nfe", "regret",
        "mr", "fde", "ade", "chamfer", "epe", "abs rel", "gpu days", "gpu hours", "energy", "cost", "costs",
    ];

    /// <summary>Counted units that are written with a scale prefix: MFLOPs, GMACs, KParams.</summary>
    private static readonly string[] ScaledUnits = ["flops", "macs", "params"];

    private const string ScalePrefixes = "kmgtb";

    public static bool IsLowerBetter(string metric)
    {
        // "GPU-days" and "GPU_days" are spelled "gpu days" in the word list.
        var m = metric.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        foreach (var word in LowerIsBetterWords)
        {
            if (ContainsWord(m, word))
            {
                return true;
            }
        }
        foreach (var unit in ScaledUnits)
        {
            foreach (var prefix in ScalePrefixes)
            {
                if (ContainsWord(m, prefix + unit))
                {
                    return true;
                }
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
