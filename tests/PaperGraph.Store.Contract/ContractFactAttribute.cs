using Xunit.Sdk;

namespace PaperGraph.Store.Contract;

/// <summary>A contract fact: runs like <see cref="FactAttribute"/> unless the deriving class carries a
/// <see cref="ContractSuiteConditionAttribute"/> that says the suite cannot run.</summary>
[XunitTestCaseDiscoverer("PaperGraph.Store.Contract.ContractFactDiscoverer", "PaperGraph.Store.Contract")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>A contract theory, skipped as a whole under the same condition as <see cref="ContractFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("PaperGraph.Store.Contract.ContractTheoryDiscoverer", "PaperGraph.Store.Contract")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractTheoryAttribute : TheoryAttribute;
