namespace PaperGraph.Store.Contract;

/// <summary>Put on a class deriving <see cref="GraphStoreContractTests"/> to skip the whole suite where it cannot
/// run, such as a store whose server is absent. Every contract test is then reported as skipped with
/// <see cref="SkipReason"/>, loudly, instead of failing or silently passing.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class ContractSuiteConditionAttribute : Attribute
{
    /// <summary>Why the suite cannot run here, or null when it can.</summary>
    public abstract string? SkipReason { get; }
}
