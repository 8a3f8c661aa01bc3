using Xunit.Abstractions;

// The log scan reads what every other collection's processes wrote: it runs after all of them (collections run one
// after the other in this project, in the order this orderer gives).
[assembly: TestCollectionOrderer("Loyalty.EndToEndTests.LogScanLast", "Loyalty.EndToEndTests")]

namespace Loyalty.EndToEndTests;

/// <summary>The collections in the order they were found, the log scan's last.</summary>
public sealed class LogScanLast : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => collection.DisplayName == LogScanCollection.Name ? 1 : 0);
}

/// <summary>The log scan: no fixture of its own (its stacks have stopped by then; their logs stay on disk).</summary>
[CollectionDefinition(Name)]
public sealed class LogScanCollection
{
    public const string Name = "log-scan";
}
