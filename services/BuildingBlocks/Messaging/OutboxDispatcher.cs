using System.Diagnostics;
using System.Text.Json;
using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Contracts;
using Loyalty.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ, started in row order a window at a time, and marks them published.
/// Rows are locked with FOR UPDATE SKIP LOCKED, so replicas share the work without publishing a row twice at once.
/// A crash between publish and mark can publish a row again: consumers' inboxes make that harmless.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    TimeProvider timeProvider,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : SignalledWorker(signal, logger)
    where TContext : DbContext
{
    public static readonly ActivitySource ActivitySource = new("Loyalty.Outbox");

    private readonly OutboxOptions _options = options.Value;

    protected override int BatchSize => _options.BatchSize;

    protected override TimeSpan PollInterval => _options.PollInterval;

    protected override Task<int> RunRoundAsync(CancellationToken cancellationToken) =>
        DispatchBatchAsync(cancellationToken);

    /// <summary>Publishes one batch of due rows; returns how many were published.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = timeProvider.GetUtcNow();
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE "PublishedAt" IS NULL AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {now})
                ORDER BY "Sequence"
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);

        var published = 0;
        foreach (var window in batch.Chunk(Math.Max(1, _options.PublishConcurrency)))
        {
            // Started in row order; a failure (most likely the broker is down) ends the batch after this window.
            var publishes = window
                .Select(message => (Message: message, Task: PublishAsync(message, cancellationToken)))
                .ToList();
            var failed = false;
            foreach (var (message, publish) in publishes)
            {
                try
                {
                    await publish;
                    message.PublishedAt = timeProvider.GetUtcNow();
                    message.LastError = null;
                    published++;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    message.Attempts++;
                    message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                    message.NextAttemptAt = timeProvider.GetUtcNow() + RetryDelay(message.Attempts);
                    LogPublishFailed(ex, message.Id, message.EventType, message.Attempts);
                    failed = true;
                }
            }

            if (failed)
            {
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    internal TimeSpan RetryDelay(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, Math.Min(attempts, 16)) * 0.25, _options.MaxRetryDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = IntegrationEventTypes.Resolve(message.EventType);
        var stored = (IntegrationEvent)(
            JsonSerializer.Deserialize(message.Payload, eventType, IntegrationEventJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload"));

        // A row written before an upgrade goes out in today's shape, so it carries today's version.
        var integrationEvent = stored with { SchemaVersion = IntegrationEvent.CurrentSchemaVersion(eventType) };

        // Continue the trace of the request that wrote the row; MassTransit propagates it into the message headers.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = ActivitySource.StartActivity(
            $"outbox publish {eventType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        if (message.CorrelationId is not null)
        {
            activity?.SetBaggage(CorrelationIds.BaggageKey, message.CorrelationId);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await bus.Publish(integrationEvent, eventType, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = message.Id;
            if (message.CorrelationId is not null)
            {
                context.Headers.Set(CorrelationIds.HeaderName, message.CorrelationId);
            }
        }), timeout.Token);
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Publishing outbox message {MessageId} ({EventType}) failed, attempt {Attempts}; it stays pending")]
    private partial void LogPublishFailed(Exception exception, Guid messageId, string eventType, int attempts);
}
