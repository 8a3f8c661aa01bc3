using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Launcher;

namespace Loyalty.UnitTests;

/// <summary>
/// docs/events.md's flow table is generated from the code: "published by" from each service's declaration
/// (<c>[assembly: Publishes(...)]</c>, which its outbox enforces), "consumed by" and "does" from its consumer classes,
/// which are its subscriptions (EventSubscriptions). This test fails, printing the table as it should be, when the two
/// differ; run it with UPDATE_EVENT_FLOW=1 to write the table into the document.
/// </summary>
public partial class EventFlowDocumentTests
{
    private const string Start = "<!-- event-flow:start -->";
    private const string End = "<!-- event-flow:end -->";

    [Fact]
    public void The_documented_event_flow_is_the_one_the_code_publishes_and_subscribes()
    {
        var path = Path.Combine(RepositoryLocator.Root(), "docs", "events.md");
        var document = File.ReadAllText(path);
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/events.md needs the markers {Start} and {End}");

        var table = FlowTable();
        var documented = document[(start + Start.Length)..end].Trim();
        if (documented != table && Environment.GetEnvironmentVariable("UPDATE_EVENT_FLOW") == "1")
        {
            File.WriteAllText(path, document[..(start + Start.Length)] + "\n" + table + "\n" + document[end..]);
            return;
        }

        Assert.True(documented == table,
            $"docs/events.md's event flow differs from the code; it should read:\n\n{table}\n");
    }

    [Fact]
    public void Every_consumer_says_what_it_does_and_every_event_has_a_publisher()
    {
        var subscriptions = Subscriptions();
        Assert.NotEmpty(subscriptions);
        Assert.All(subscriptions, s => Assert.False(
            string.IsNullOrWhiteSpace(s.Subscription.Does),
            $"{s.Service}: {s.Subscription.Consumer.Name} has no [Description]"));

        var publishers = Publishers();
        Assert.All(IntegrationEventTypes.All, type => Assert.True(
            publishers.ContainsKey(type), $"no service constructs {type.Name}"));
    }

    private static string FlowTable()
    {
        var publishers = Publishers();
        var consumers = Subscriptions().ToLookup(s => s.Subscription.Event);
        var table = new StringBuilder()
            .AppendLine("| Event | Published by | Consumed by | Does |")
            .Append("|---|---|---|---|");
        var order = StackTopology.Services.Select(service => service.Name).ToList();
        foreach (var type in IntegrationEventTypes.All
                     .OrderBy(t => publishers[t].Select(name => order.IndexOf(name)).DefaultIfEmpty(order.Count).Min())
                     .ThenBy(t => t.Name, StringComparer.Ordinal))
        {
            var publishedBy = string.Join(", ", publishers.GetValueOrDefault(type) ?? []);
            var rows = consumers[type].ToList();
            var eventCell = $"[{type.Name}](#{type.Name.ToLowerInvariant()})";
            if (rows.Count == 0)
            {
                table.Append($"\n| {eventCell} | {publishedBy} | (partners only) | |");
            }

            foreach (var (row, index) in rows.Select((row, index) => (row, index)))
            {
                var first = index == 0;
                table.Append($"\n| {(first ? eventCell : "")} | {(first ? publishedBy : "")} | ")
                    .Append($"{row.Service} (`{row.Subscription.Consumer.Name}`) | {row.Subscription.Does} |");
            }
        }

        return table.ToString();
    }

    private static List<(string Service, Subscription Subscription)> Subscriptions() =>
        StackTopology.Services
            .SelectMany(service => EventSubscriptions.In(Assembly.Load(service.AssemblyName))
                .Select(subscription => (service.Name, subscription)))
            .ToList();

    /// <summary>For each event, the services that declare they publish it.</summary>
    private static Dictionary<Type, List<string>> Publishers() =>
        IntegrationEventTypes.All.ToDictionary(
            type => type,
            type => StackTopology.Services
                .Where(service => PublishesAttribute.Of(Assembly.Load(service.AssemblyName))?.Contains(type) == true)
                .Select(service => service.Name)
                .ToList());

    [Fact]
    public void Every_service_declares_what_it_publishes_and_constructs_each_event_it_declares()
    {
        var root = RepositoryLocator.Root();
        foreach (var service in StackTopology.Services)
        {
            var declared = PublishesAttribute.Of(Assembly.Load(service.AssemblyName));
            Assert.True(declared is not null, $"{service.Name} declares no [assembly: Publishes(...)]");
            var source = string.Join('\n', Directory
                .EnumerateFiles(Path.Combine(root, service.ProjectDirectory), "*.cs", SearchOption.AllDirectories)
                .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Where(file => !file.EndsWith("PublishedEvents.cs", StringComparison.Ordinal))
                .Select(File.ReadAllText));
            Assert.All(declared, type => Assert.True(
                Constructs(type).IsMatch(source), $"{service.Name} declares {type.Name} but never constructs it"));
        }
    }

    /// <summary>"new PurchaseRecorded(" or a method typed PurchaseRecorded returning "new(".</summary>
    private static Regex Constructs(Type type) =>
        new($@"\bnew\s+{type.Name}\s*\(|\b{type.Name}\s+\w+\([^)]*\)\s*=>\s*new\s*\(", RegexOptions.Singleline);
}
