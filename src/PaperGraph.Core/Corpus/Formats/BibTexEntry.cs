namespace PaperGraph.Core.Corpus.Formats;

/// <summary>One BibTeX entry: its type, citation key and fields (names lower-cased, values with macros expanded
/// but LaTeX still in them).</summary>
/// <param name="Line">1-based line of the entry's <c>@</c>.</param>
internal sealed record BibTexEntry(int Line, string Type, string Key, IReadOnlyDictionary<string, string> Fields);
