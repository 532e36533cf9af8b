using Microsoft.ML.Data;

namespace PaperGraph.Ml.Merges;

/// <summary>What the merge classifier sees of a pair of entities (ML.NET row). Name features compare every spelling
/// of one with every spelling of the other and keep the best; context features compare the sentences they occur in,
/// and are zero with <see cref="HasContext"/> zero for pairs known only by name (the knowledge-base training pairs).</summary>
public sealed class PairFeatures
{
    public const int Count = 10;

    [VectorType(Count)]
    public float[] Features { get; set; } = new float[Count];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;

    public static float[] Of(IReadOnlyList<NameParts> first, IReadOnlyList<NameParts> second, double nameCosine, double? contextCosine)
    {
        float fingerprint = 0, ngram = 0, edit = 0, jaccard = 0, acronym = 0, numbersDiffer = 1, lengthRatio = 0;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                fingerprint = Math.Max(fingerprint, a.Fingerprint == b.Fingerprint ? 1 : 0);
                ngram = Math.Max(ngram, a.NgramFingerprint == b.NgramFingerprint ? 1 : 0);
                edit = Math.Max(edit, (float)EditDistance.Similarity(a.Folded, b.Folded));
                jaccard = Math.Max(jaccard, Jaccard(a.Content, b.Content));
                acronym = Math.Max(acronym, IsAcronym(a, b) || IsAcronym(b, a) ? 1 : 0);
                numbersDiffer = Math.Min(numbersDiffer, a.Numbers.SetEquals(b.Numbers) ? 0 : 1);
                lengthRatio = Math.Max(lengthRatio, (float)Math.Min(a.Folded.Length, b.Folded.Length) / Math.Max(1, Math.Max(a.Folded.Length, b.Folded.Length)));
            }
        }
        return [fingerprint, ngram, edit, jaccard, acronym, numbersDiffer, lengthRatio, (float)nameCosine,
            (float)(contextCosine ?? 0), contextCosine is null ? 0 : 1];
    }

    private static float Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (float)a.Intersect(b).Count() / union;
    }

    private static bool IsAcronym(NameParts shortName, NameParts longName) =>
        shortName.Folded.Length >= 2 && shortName.Folded == longName.Initials;
}
