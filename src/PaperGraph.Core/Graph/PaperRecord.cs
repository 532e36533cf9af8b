using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>A paper with what was extracted from it: the unit a store writes.</summary>
/// <param name="Citations">The paper's citation links with their other ends resolved to node ids; null when the
/// record says nothing about citations (the stored ones are kept).</param>
public sealed record PaperRecord(Paper Paper, PaperExtraction Extraction, PaperCitations? Citations = null);
