using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph;

/// <summary>A paper with what was extracted from it: the unit a store writes.</summary>
public sealed record PaperRecord(Paper Paper, PaperExtraction Extraction);
