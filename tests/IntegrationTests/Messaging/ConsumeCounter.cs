using System.Collections.Concurrent;
using MassTransit;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>Counts finished consume calls per event id, so a test knows a redelivery has been through the consumer.</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();

    public int Consumed(Guid eventId) => _consumed.GetValueOrDefault(eventId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is Loyalty.Contracts.IntegrationEvent integrationEvent)
        {
            _consumed.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
