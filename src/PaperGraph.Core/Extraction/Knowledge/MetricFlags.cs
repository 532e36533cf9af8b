namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>What a metric is: whether smaller is better, whether it is a cost, whether it is a proportion in percent.</summary>
internal readonly record struct MetricFlags(bool LowerIsBetter, bool Cost, bool Percentage)
{
    public static MetricFlags None => default;

    /// <summary>"lower,cost" from a TSV flags field.</summary>
    public static MetricFlags Parse(string field)
    {
        var flags = field.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MetricFlags(flags.Contains("lower"), flags.Contains("cost"), flags.Contains("percent"));
    }

    public MetricFlags Or(MetricFlags other) =>
        new(LowerIsBetter || other.LowerIsBetter, Cost || other.Cost, Percentage || other.Percentage);
}
