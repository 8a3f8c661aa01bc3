using System.Collections.Concurrent;
using System.Diagnostics;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults;
using MassTransit;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>
/// Observes finished consume calls per event id: how many, and the trace and correlation id each ran under,
/// so tests know a redelivery has been through the consumer and that context crossed the broker.
/// </summary>
public sealed class ConsumeRecorder : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();
    private readonly ConcurrentDictionary<Guid, (ActivityTraceId TraceId, string? CorrelationId)> _context = new();

    public int Consumed(Guid eventId) => _consumed.GetValueOrDefault(eventId);

    public (ActivityTraceId TraceId, string? CorrelationId) ContextOf(Guid eventId) => _context[eventId];

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IntegrationEvent integrationEvent)
        {
            _context[integrationEvent.EventId] = (Activity.Current?.TraceId ?? default,
                context.Headers.Get<string>(CorrelationIds.HeaderName));
            _consumed.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
