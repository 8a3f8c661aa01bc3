using System.Security.Claims;
using Loyalty.Contracts;
using Loyalty.Notification.Api.Application;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.Notification.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Apis;

public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications").WithTags("Messages")
            .RequireAuthorization(Policies.Authenticated);
        api.MapGet("/me/inbox", GetOwnInbox)
            .WithSummary("The calling member's inbox: the messages sent to them (any channel), newest first.");
        api.MapGet("/messages", SearchMessages).RequireAuthorization(Policies.Staff)
            .WithSummary("Operators' outbox: every message with its status (queued, deferred, sent, delivered, failed, "
                + "suppressed) and reason, newest first; filter by memberId, requestId, status, channel, template "
                + "and when it was requested (from, to).");
        api.MapGet("/messages/counts", CountMessages).RequireAuthorization(Policies.Staff)
            .WithSummary("How many messages each status has (every status, 0 included), with the outbox's filters "
                + "but status.");
        api.MapGet("/messages/{id:long}", GetMessage).RequireAuthorization(Policies.Staff)
            .WithSummary("One message as operators see it.");
        return app;
    }

    public static async Task<Results<Ok<ResultPage<InboxMessageResponse>>, NotFound, ValidationProblem>> GetOwnInbox(
        int? page, int? pageSize, ClaimsPrincipal user, NotificationDbContext db, CancellationToken cancellationToken)
    {
        if (user.MemberId() is not { } memberId)
        {
            return TypedResults.NotFound();
        }

        var paging = PageQuery.Read(page, pageSize, maxSize: 200, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Messages.AsNoTracking()
            .Where(m => m.MemberId == memberId
                && (m.Status == MessageStatus.Sent || m.Status == MessageStatus.Delivered));
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.Id).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ResultPage<InboxMessageResponse>(
            paging.Page, paging.Size, total, items.Select(InboxMessageResponse.From).ToList()));
    }

    /// <param name="memberId">Only this member's messages.</param>
    /// <param name="requestId">Only the message of this NotificationRequested request id.</param>
    /// <param name="status" example="Suppressed">Queued, Deferred, Sent, Delivered, Failed or Suppressed.</param>
    /// <param name="channel" example="Sms">Sms, WeChat, Email or Push.</param>
    /// <param name="template" example="wake-up-coupon">Only messages rendered from this template code.</param>
    /// <param name="from">Requested at or after this instant (ISO 8601 with an offset).</param>
    /// <param name="to">Requested before this instant (ISO 8601 with an offset).</param>
    public static async Task<Results<Ok<ResultPage<MessageResponse>>, ValidationProblem>> SearchMessages(
        Guid? memberId,
        Guid? requestId,
        string? status,
        string? channel,
        string? template,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        NotificationDbContext db,
        IOptions<NotificationOptions> options,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 200, out var errors);
        var filter = MessageFilter.Read(memberId, requestId, status, channel, template, from, to, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = filter.Apply(db.Messages.AsNoTracking());
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(x => x.Id).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ResultPage<MessageResponse>(
            paging.Page, paging.Size, total,
            items.Select(m => MessageResponse.From(m, options.Value.ShowSignInCodes)).ToList()));
    }

    /// <param name="memberId">Only this member's messages.</param>
    /// <param name="channel" example="Sms">Sms, WeChat, Email or Push.</param>
    /// <param name="template" example="wake-up-coupon">Only messages rendered from this template code.</param>
    /// <param name="from">Requested at or after this instant (ISO 8601 with an offset).</param>
    /// <param name="to">Requested before this instant (ISO 8601 with an offset).</param>
    public static async Task<Results<Ok<MessageStatusCounts>, ValidationProblem>> CountMessages(
        Guid? memberId,
        string? channel,
        string? template,
        DateTimeOffset? from,
        DateTimeOffset? to,
        NotificationDbContext db,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = MessageFilter.Read(memberId, null, null, channel, template, from, to, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var counts = await filter.Apply(db.Messages.AsNoTracking()).GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Status, c => c.Count, cancellationToken);
        return TypedResults.Ok(MessageStatusCounts.From(counts));
    }

    public static async Task<Results<Ok<MessageResponse>, NotFound>> GetMessage(
        long id, NotificationDbContext db, IOptions<NotificationOptions> options, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } message
            ? TypedResults.Ok(MessageResponse.From(message, options.Value.ShowSignInCodes))
            : TypedResults.NotFound();
}
