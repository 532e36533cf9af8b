using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Turns acronym definitions into names: an acronym of a known entry adds its spellings to
/// that entry; otherwise the short form names a new entity with the long form as alias, typed by
/// its context ("a newly collected dataset, Entity-Foto-Tree (EFT)") or its long form, and keyed by
/// the long form when the short form is a plain acronym.</summary>
internal static class AcronymEntities
{
    public static void Add(
        AbstractDocument document,
        IEnumerable<AcronymDefinition> acronyms,
        MentionLookup known,
        MentionLookup datasetContext,
        IReadOnlySet<string> proposed,
        DiscoveredNames discovered)
    {
        foreach (var acronym in acronyms)
        {
            var shortForm = document.TextOf(acronym.Short);
            var longForm = document.TextOf(acronym.Long);
            var match = known.Exactly(acronym.Short) ?? known.Exactly(acronym.Long);
            if (match is not null)
            {
                if (!match.Generic)
                {
                    discovered.Add(match.Type, match.Canonical, match.Parent, shortForm, longForm);
                }
                continue;
            }
            if (known.Overlaps(acronym.Short))
            {
                continue;
            }
            var type = datasetContext.Overlaps(acronym.Long)
                ? EntityType.Dataset
                : AcronymTyper.TypeOf(document, acronym, proposed.Contains(NameFold.Fold(shortForm)));
            if (type is { } t && IsPlainAcronym(shortForm))
            {
                discovered.AddDefinedAcronym(t, shortForm, longForm);
            }
            else if (type is { } coined)
            {
                discovered.Add(coined, shortForm, null, longForm);
            }
        }
    }

    /// <summary>Capitals only ("CA", "CSN", "DIR-7"): such letters stand for different things in
    /// different papers. Coined names ("CSPNet") are distinctive and stay global names.</summary>
    private static bool IsPlainAcronym(string shortForm) =>
        shortForm.Count(char.IsLetter) >= 2 && shortForm.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>Short forms defined for something other than a dataset: "MRI" in "magnetic resonance
    /// imaging (MRI)" makes "the MRI dataset" a modality, not a dataset name.</summary>
    public static HashSet<string> NonDatasetShortForms(AbstractDocument document, IEnumerable<AcronymDefinition> acronyms)
    {
        var folds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var acronym in acronyms)
        {
            if (AcronymTyper.TypeOf(document, acronym, proposed: false) != EntityType.Dataset)
            {
                var fold = NameFold.Fold(document.TextOf(acronym.Short));
                folds.Add(fold);
                folds.Add(fold.TrimEnd('s'));
            }
        }
        return folds;
    }
}
