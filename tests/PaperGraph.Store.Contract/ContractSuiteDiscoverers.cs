using Xunit.Abstractions;
using Xunit.Sdk;

namespace PaperGraph.Store.Contract;

/// <summary>Discovers contract facts, or one skipped case each when the deriving class says the suite cannot run.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkippedContractTestCase.For(DiagnosticMessageSink, discoveryOptions, testMethod)
        ?? base.Discover(discoveryOptions, testMethod, factAttribute);
}

/// <summary>Discovers contract theories, or one skipped case per theory when the suite cannot run.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        SkippedContractTestCase.For(DiagnosticMessageSink, discoveryOptions, testMethod)
        ?? base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
