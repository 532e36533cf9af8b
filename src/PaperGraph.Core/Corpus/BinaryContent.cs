namespace PaperGraph.Core.Corpus;

/// <summary>Tells a file that is binary throughout (a PDF, an archive, an image, UTF-16 text) from a text corpus with
/// a few bad bytes: the first is rejected as a whole, the second record by record.</summary>
public static class BinaryContent
{
    /// <summary>Leading bytes of binary formats people are likely to pass by mistake.</summary>
    private static readonly (string Name, byte[] Signature)[] Signatures =
    [
        ("PDF", "%PDF-"u8.ToArray()),
        ("gzip", [0x1F, 0x8B]),
        ("zip", [0x50, 0x4B, 0x03, 0x04]),
        ("PNG", [0x89, 0x50, 0x4E, 0x47]),
        ("JPEG", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>More NUL bytes than this share of the head makes the file binary; a text file with a stray NUL
    /// (one bad record) stays far below it.</summary>
    private const double NulShare = 0.01;

    /// <summary>What binary format the head shows ("PDF", "NUL bytes"), or null when it is text.</summary>
    public static string? Describe(ReadOnlySpan<byte> head)
    {
        foreach (var (name, signature) in Signatures)
        {
            if (head.StartsWith(signature))
            {
                return name;
            }
        }
        var nuls = head.Count((byte)0);
        return nuls > 0 && nuls >= head.Length * NulShare ? "NUL bytes" : null;
    }
}
