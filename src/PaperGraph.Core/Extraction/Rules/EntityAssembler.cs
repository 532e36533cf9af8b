using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Groups mentions into entities under their canonical names and gives each its role.</summary>
internal static class EntityAssembler
{
    public static List<ExtractedEntity> Build(
        AbstractDocument document,
        IReadOnlyList<FoundMention> mentions,
        DiscoveredNames discovered,
        IReadOnlyList<ProposedName> proposals,
        IReadOnlySet<string> proposedFolds)
    {
        var definitions = discovered.Definitions.ToDictionary(d => d.Canonical, StringComparer.Ordinal);
        var entities = new List<ExtractedEntity>();
        foreach (var group in mentions.GroupBy(m => (m.Type, m.Canonical)))
        {
            var type = group.Key.Type;
            var name = group.Key.Canonical;
            var list = group.Select(m => ToMention(document, m)).ToList();
            var defined = definitions.GetValueOrDefault(name);
            var aliases = list.Select(m => m.Text)
                .Concat(defined.Spellings ?? [])
                .Where(a => a != name)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var parent = group.First().Parent;
            var proposed = type is EntityType.Method or EntityType.Dataset
                && (proposedFolds.Contains(NameFold.Fold(name)) || aliases.Any(a => proposedFolds.Contains(NameFold.Fold(a)))
                    || (parent is not null && proposedFolds.Contains(NameFold.Fold(parent))));
            var role = type switch
            {
                _ when proposed => RelationType.Proposes,
                EntityType.Dataset => DatasetRoleClassifier.RoleOf(document, group),
                EntityType.Task => RelationType.Addresses,
                _ => RelationType.Uses,
            };
            var evaluatedToo = proposed && type == EntityType.Dataset && DatasetRoleClassifier.IsEvaluatedIn(document, group);
            entities.Add(new ExtractedEntity(type, name, role, aliases, parent, list)
            {
                AdditionalRoles = evaluatedToo ? [RelationType.EvaluatedOn] : [],
                KeyName = defined.KeyName,
            });
        }
        AddUnmentionedProposals(entities, proposals);
        return entities;
    }

    /// <summary>A name proposed only in the title has no mention in the abstract but is still the paper's.</summary>
    private static void AddUnmentionedProposals(List<ExtractedEntity> entities, IReadOnlyList<ProposedName> proposals)
    {
        var named = entities.SelectMany(e => e.Aliases.Append(e.Name)).Select(n => NameFold.Fold(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var proposal in proposals)
        {
            if (named.Add(NameFold.Fold(proposal.Name)))
            {
                entities.Add(new ExtractedEntity(proposal.Type, proposal.Name, RelationType.Proposes, [], null, []));
            }
        }
    }

    public static Mention ToMention(AbstractDocument document, FoundMention mention)
    {
        var sentence = document.Sentences[mention.Sentence];
        return new Mention(mention.Type, document.TextOf(mention.Span),
            mention.Span.Start, mention.Span.End, sentence.Start, sentence.End);
    }
}
