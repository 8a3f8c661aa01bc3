using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

// Test classes marked [RunsLast] run after every other test of their collection (the log scan reads what they left).
[assembly: TestFramework("Loyalty.EndToEndTests.RunsLastTestFramework", "EndToEndTests")]

namespace Loyalty.EndToEndTests;

/// <summary>This class's tests run after every other test of its collection.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RunsLastAttribute : Attribute;

/// <summary>
/// xUnit's own framework, with the test cases handed to it reordered so [RunsLast] classes come at the end: a
/// collection runs its classes in the order their first test case comes (the order is otherwise the compiler's).
/// </summary>
public sealed class RunsLastTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(
        AssemblyName assemblyName,
        ISourceInformationProvider sourceInformationProvider,
        IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformationProvider, diagnosticMessageSink)
    {
        protected override void RunTestCases(
            IEnumerable<IXunitTestCase> testCases,
            IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions) =>
            base.RunTestCases(testCases.OrderBy(RunsLast), executionMessageSink, executionOptions);

        private static bool RunsLast(IXunitTestCase testCase) =>
            testCase.TestMethod.TestClass.Class.GetCustomAttributes(typeof(RunsLastAttribute)).Any();
    }
}
