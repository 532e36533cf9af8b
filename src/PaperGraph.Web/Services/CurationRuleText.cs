using PaperGraph.Core.Curation;

namespace PaperGraph.Web.Services;

/// <summary>A decision of the audit log as a line a person reads.</summary>
public static class CurationRuleText
{
    public static string Describe(CurationRule rule) => rule switch
    {
        MergeEntities merge => $"Merged {merge.FromKey} into {merge.IntoName ?? merge.IntoKey}",
        RenameEntity rename => $"Renamed {rename.Key} to “{rename.Name}”",
        RetypeEntity retype => $"Made {retype.Key} a {retype.Type}",
        NotAnEntity notAnEntity => $"Marked {notAnEntity.Key} as not an entity",
        RemoveRelation remove => $"Removed the {remove.Role} relation of paper {remove.PaperId} to {remove.EntityKey}",
        AddRelation add => $"Added a {add.Role} relation of paper {add.PaperId} to {add.EntityName}",
        MarkVariant variant => $"Marked {variant.ChildKey} as a variant of {variant.ParentName ?? variant.ParentKey}",
        RejectSuggestion reject => $"Rejected the {reject.Kind} suggestion {reject.SourceId} – {reject.TargetId}",
        _ => rule.GetType().Name,
    };
}
