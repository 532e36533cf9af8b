namespace PaperGraph.Ml.Merges;

/// <summary>What the rules say two names can be before any score: differing numbers or versions rule a merge out
/// (CIFAR-10 and CIFAR-100, YOLOv4 and YOLOv7, top-1 and top-5), and a name that is another plus words that are not
/// filler is a variant of it (ImageNet-1K and Tiny ImageNet of ImageNet), never a duplicate.</summary>
public enum NameRelation
{
    /// <summary>Nothing rules a merge out: the classifier decides.</summary>
    PossibleDuplicate,
    /// <summary>The second name is the first plus qualifying words or numbers.</summary>
    SecondIsVariant,
    /// <summary>The first name is the second plus qualifying words or numbers.</summary>
    FirstIsVariant,
    /// <summary>Different things (their numbers or versions differ).</summary>
    Distinct,
}

public static class NameRelations
{
    public static NameRelation Of(NameParts first, NameParts second)
    {
        if (first.Content.Count > 0 && second.Content.Count > 0)
        {
            if (first.Content.IsProperSubsetOf(second.Content))
            {
                return NameRelation.SecondIsVariant;
            }
            if (second.Content.IsProperSubsetOf(first.Content))
            {
                return NameRelation.FirstIsVariant;
            }
        }
        return first.Numbers.SetEquals(second.Numbers) ? NameRelation.PossibleDuplicate : NameRelation.Distinct;
    }
}
