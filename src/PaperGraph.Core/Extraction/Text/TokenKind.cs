namespace PaperGraph.Core.Extraction.Text;

internal enum TokenKind
{
    /// <summary>A run of letters and digits containing at least one letter ("CIFAR10", "3D").</summary>
    Word,
    /// <summary>Digits with an optional decimal part ("2.57", "1,000").</summary>
    Number,
    /// <summary>Any other single non-space character.</summary>
    Punctuation,
}
