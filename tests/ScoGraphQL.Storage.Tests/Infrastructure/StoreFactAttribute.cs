using Xunit.Abstractions;
using Xunit.Sdk;

namespace ScoGraphQL.Storage.Tests.Infrastructure;

/// <summary>Marks a test class whose tests need PostgreSQL: its <see cref="StoreFactAttribute"/> tests are skipped, with the reason, when none can be had.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact of the store contract. xunit 2 decides skips per method, but one contract method runs for both providers,
/// so the discoverer decides per test class: in a <see cref="RequiresPostgresAttribute"/> class it is reported as
/// skipped with <see cref="PostgresServer.SkipReason"/> when there is no server to be had, never passed silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ScoGraphQL.Storage.Tests.Infrastructure.StoreFactDiscoverer", "ScoGraphQL.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var skip = needsPostgres ? PostgresServer.SkipReason : null;
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case whose skip reason is decided at discovery (and survives serialisation to the runner).</summary>
public sealed class StoreTestCase : XunitTestCase
{
    private string? _skipReason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skipReason)
        : base(sink, display, options, method) => _skipReason = skipReason;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skipReason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkipReason", _skipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _skipReason = data.GetValue<string?>("StoreSkipReason");
        base.Deserialize(data);
    }
}
