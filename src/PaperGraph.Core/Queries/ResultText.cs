using System.Globalization;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>How a reported number reads in every front end: "24.2%", "&gt;70%", "≈50%", "90.0%", "3.8 GPU days".</summary>
public static class ResultText
{
    /// <summary>The number as written when known (<paramref name="written"/>: "90.0"), else the value.</summary>
    public static string Of(double value, string unit, string qualifier = "", string? written = null)
    {
        var number = string.IsNullOrEmpty(written) ? value.ToString("0.###", CultureInfo.InvariantCulture) : written;
        // "%" sticks to its number; a word unit ("GPU days") reads after a space.
        var suffix = unit.Length == 0 || unit == "%" ? unit : " " + unit;
        return qualifier + number + suffix;
    }

    public static string Of(double value, string unit, ResultContext context) => Of(value, unit, context.Qualifier, context.WrittenValue);
}
