using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PaperGraph.Store.Contract;

/// <summary>A contract test reported as skipped with the reason its class's <see cref="ContractSuiteConditionAttribute"/> gives.</summary>
public sealed class SkippedContractTestCase : XunitTestCase
{
    private string _reason = "";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedContractTestCase()
    {
    }

    private SkippedContractTestCase(
        IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod) =>
        _reason = reason;

    /// <summary>The skipped case for the method, or null when its class may run the suite.</summary>
    public static IEnumerable<IXunitTestCase>? For(
        IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod)
    {
        var reason = testMethod.TestClass.Class.GetCustomAttributes(typeof(ContractSuiteConditionAttribute))
            .OfType<IReflectionAttributeInfo>()
            .Select(attribute => ((ContractSuiteConditionAttribute)attribute.Attribute).SkipReason)
            .FirstOrDefault(skip => skip is not null);
        return reason is null ? null : [new SkippedContractTestCase(diagnosticMessageSink, discoveryOptions, testMethod, reason)];
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("ContractSkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("ContractSkipReason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
