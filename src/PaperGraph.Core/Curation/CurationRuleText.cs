namespace PaperGraph.Core.Curation;

/// <summary>A decision in words, for logs and messages: "merge dataset:imagenet1k into dataset:imagenet".</summary>
public static class CurationRuleText
{
    public static string Describe(CurationRule rule) => rule switch
    {
        MergeEntities merge => $"merge {merge.FromKey} into {merge.IntoKey}",
        RenameEntity rename => $"rename {rename.Key} to \"{rename.Name}\"",
        RetypeEntity retype => $"retype {retype.Key} as {retype.NewKey}",
        NotAnEntity removal => $"{removal.Key} is not an entity",
        RemoveRelation removal => $"remove {removal.Role} of {removal.PaperId} to {removal.EntityKey}",
        AddRelation addition => $"add {addition.Role} of {addition.PaperId} to {addition.EntityKey}",
        MarkVariant variant => $"{variant.ChildKey} is a variant of {variant.ParentKey}",
        RejectSuggestion rejection => $"reject {rejection.Kind} {rejection.SourceId} to {rejection.TargetId}",
        _ => rule.GetType().Name,
    };
}
