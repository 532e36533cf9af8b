using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>The cue words of the result rule, read from vocabulary/results.tsv (see the comments there
/// for what each list means).</summary>
internal sealed record ResultVocabulary(
    WordSet GainBefore,
    WordSet GainAfter,
    WordSet GainNouns,
    WordSet BudgetBefore,
    WordSet Respectively,
    WordSet LinkWords,
    WordSet ChangeVerbs,
    WordSet ListWords,
    WordSet ReportVerbs,
    IReadOnlyList<(string Symbol, IReadOnlyList<string> Phrases)> Qualifiers,
    WordSet ConditionStarters,
    WordSet ConditionNouns,
    WordSet ConditionEnds,
    WordSet ClauseBreaks,
    IReadOnlyList<string> ConditionWords,
    WordSet CountedConditions,
    WordSet NumberWords)
{
    private const string QualifierPrefix = "qualifier ";

    public static ResultVocabulary From(WordListFile file) => new(
        Set(file, "gain-before"),
        Set(file, "gain-after"),
        Set(file, "gain-nouns"),
        Set(file, "budget-before"),
        Set(file, "respectively"),
        Set(file, "link-words"),
        Set(file, "change-verbs"),
        Set(file, "list-words"),
        Set(file, "report-verbs"),
        file.Names.Where(n => n.StartsWith(QualifierPrefix, StringComparison.Ordinal))
            .Select(n => (n[QualifierPrefix.Length..], file[n]))
            .ToList(),
        Set(file, "condition-starters"),
        Set(file, "condition-nouns"),
        Set(file, "condition-ends"),
        Set(file, "clause-breaks"),
        file["condition-words"],
        Set(file, "counted-conditions"),
        Set(file, "number-words"));

    private static WordSet Set(WordListFile file, string name) => new([.. file[name]]);
}
