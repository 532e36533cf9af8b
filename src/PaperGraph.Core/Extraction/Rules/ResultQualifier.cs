namespace PaperGraph.Core.Extraction.Rules;

/// <summary>How the words before a number bound it: the symbol ("&gt;", "≈", ...) and the first token of
/// the words that say so ("more than 70%" starts at "more"). Symbol "" and First at the number when stated exactly.</summary>
internal readonly record struct ResultQualifier(string Symbol, int First);
