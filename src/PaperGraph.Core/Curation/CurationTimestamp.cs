using System.Globalization;

namespace PaperGraph.Core.Curation;

/// <summary>The one stored form of a decision's time, shared by the stores: ISO 8601 in UTC, which sorts as it reads.</summary>
public static class CurationTimestamp
{
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string time) => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
