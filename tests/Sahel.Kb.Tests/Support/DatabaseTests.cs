using Xunit.Abstractions;
using Xunit.Sdk;

namespace Sahel.Kb.Tests.Support;

/// <summary>
/// A fact run on every database provider a test class names: on PostgreSQL, skipped with the
/// reason when no server is given (<c>KB_TEST_POSTGRES</c>), so <c>dotnet test tests/Sahel.Kb.Tests</c>
/// runs without one; <c>./test.sh</c> starts one and runs them all.
/// </summary>
[XunitTestCaseDiscoverer("Sahel.Kb.Tests.Support.DatabaseFactDiscoverer", "Sahel.Kb.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>A theory run on every database provider a test class names, as <see cref="DatabaseFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Sahel.Kb.Tests.Support.DatabaseTheoryDiscoverer", "Sahel.Kb.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;

public sealed class DatabaseFactDiscoverer(IMessageSink sink) : FactDiscoverer(sink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkippedCase.For(DiagnosticMessageSink, discoveryOptions, testMethod) ?? base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
}

public sealed class DatabaseTheoryDiscoverer(IMessageSink sink) : TheoryDiscoverer(sink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        SkippedCase.For(DiagnosticMessageSink, discoveryOptions, testMethod, dataRow) is { } skipped
            ? [skipped]
            : base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow);

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        SkippedCase.For(DiagnosticMessageSink, discoveryOptions, testMethod) is { } skipped
            ? [skipped]
            : base.CreateTestCasesForTheory(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A test case skipped with its reason, when its class runs on PostgreSQL and no server is given; otherwise null.</summary>
internal static class SkippedCase
{
    public static IXunitTestCase? For(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, object[]? dataRow = null) =>
        TestPostgres.SkipReason(testMethod.TestClass.Class.Name) is { } reason
            ? new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason, dataRow)
            : null;
}
