using Loyalty.Contracts;
using Loyalty.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Base of every consumer: handles an event at most once in effect. The inbox row and the handler's changes
/// (including any events it stages in the outbox) commit in one transaction; a redelivery finds the row and stops.
/// Two concurrent deliveries race on the inbox primary key: the loser fails, is retried, and then finds the row.
/// </summary>
public abstract partial class IdempotentConsumer<TEvent, TContext>(TContext dbContext, TimeProvider timeProvider, ILogger logger) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    protected TContext DbContext { get; } = dbContext;

    protected TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>The consumer's name in the inbox; stable across deployments.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var integrationEvent = context.Message;
        var cancellationToken = context.CancellationToken;
        if (await DbContext.Set<InboxMessage>().AnyAsync(
                m => m.EventId == integrationEvent.EventId && m.Consumer == ConsumerName, cancellationToken))
        {
            LogDuplicate(logger, typeof(TEvent).Name, integrationEvent.EventId, ConsumerName);
            return;
        }

        using var scope = context.Headers.TryGetHeader(CorrelationIds.HeaderName, out var correlationId)
            ? logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = correlationId })
            : null;

        await using var transaction = await DbContext.Database.BeginTransactionAsync(cancellationToken);
        await HandleAsync(integrationEvent, cancellationToken);
        DbContext.Set<InboxMessage>().Add(new InboxMessage
        {
            EventId = integrationEvent.EventId,
            Consumer = ConsumerName,
            EventType = IntegrationEventTypes.NameOf(typeof(TEvent)),
            ProcessedAt = TimeProvider.GetUtcNow(),
        });
        await DbContext.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies the event. Stage changes on the DbContext (and events in the outbox); the base saves them with the inbox row.</summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{EventType} {EventId} already handled by {Consumer}; ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventType, Guid eventId, string consumer);
}
