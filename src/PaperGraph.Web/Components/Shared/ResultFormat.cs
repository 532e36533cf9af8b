using System.Globalization;

namespace PaperGraph.Web.Components.Shared;

/// <summary>How result numbers read on pages: "24.2%", "0.85".</summary>
public static class ResultFormat
{
    public static string Value(double value, string unit) =>
        value.ToString("0.###", CultureInfo.InvariantCulture) + unit;
}
