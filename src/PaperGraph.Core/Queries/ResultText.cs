using System.Globalization;

namespace PaperGraph.Core.Queries;

/// <summary>How a reported number reads in every front end: "24.2%", "&gt;70%", "≈50%", "3.8 GPU days".</summary>
public static class ResultText
{
    public static string Of(double value, string unit, string qualifier = "")
    {
        var number = value.ToString("0.###", CultureInfo.InvariantCulture);
        // "%" sticks to its number; a word unit ("GPU days") reads after a space.
        var suffix = unit.Length == 0 || unit == "%" ? unit : " " + unit;
        return qualifier + number + suffix;
    }
}
