using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>A known method with a short hyphenated suffix names a variant of it: "Swin-B",
/// "CLIP-T5", "DeiT-S", "BERT-large"; a known dataset with a hyphenated year names one edition of it:
/// "SemEval-2017". The variant keeps the written name and points to the known entity as parent.</summary>
internal static class VariantExtender
{
    private const int MaxSuffixLength = 5;

    /// <summary>Model sizes written as words ("BERT-large", "RoBERTa-base", "T5-small").</summary>
    private static readonly WordSet SizeWords = Vocabulary.Words("size-words");

    public static FoundMention Extend(AbstractDocument document, FoundMention mention)
    {
        if (mention.Type is not (EntityType.Method or EntityType.Dataset) || mention.Generic)
        {
            return mention;
        }
        var last = document.TokenAt(mention.Span.End) - 1;
        var compoundLast = CompoundWord.LastToken(document, last);
        if (compoundLast == last)
        {
            return mention;
        }
        var suffixStart = document.Tokens[last + 1].End;
        var end = document.Tokens[compoundLast].End;
        var suffix = document.Text.AsSpan(suffixStart, end - suffixStart);
        var isVariant = mention.Type == EntityType.Dataset
            ? EditionNumber.IsYear(suffix)
            : SizeWords.Contains(suffix) || suffix.Length <= MaxSuffixLength && IsVariantSuffix(suffix);
        if (document.Text[document.Tokens[last + 1].Start] != '-' || !isVariant)
        {
            return mention;
        }
        var name = document.Text[mention.Span.Start..end];
        return mention with { Canonical = name, Parent = mention.Parent ?? mention.Canonical, Span = new TextSpan(mention.Span.Start, end) };
    }

    /// <summary>Sizes and versions ("B", "XL", "50", "T5", "v2"), not words ("based", "like").</summary>
    private static bool IsVariantSuffix(ReadOnlySpan<char> suffix)
    {
        foreach (var c in suffix)
        {
            if (char.IsLower(c) && !(suffix.Length <= 2 && c == 'v'))
            {
                return char.IsDigit(suffix[^1]) && suffix.Length <= 3;
            }
        }
        return true;
    }
}
