namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>A knowledge-base entry found at tokens [FirstToken, LastToken] of a document.</summary>
internal readonly record struct PhraseMatch(KnowledgeEntry Entry, int FirstToken, int LastToken);
