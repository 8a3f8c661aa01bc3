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
                + "suppressed) and reason; filter by memberId, requestId, status, channel.");
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

    public static async Task<Results<Ok<ResultPage<MessageResponse>>, ValidationProblem>> SearchMessages(
        Guid? memberId,
        Guid? requestId,
        string? status,
        string? channel,
        int? page,
        int? pageSize,
        NotificationDbContext db,
        IOptions<NotificationOptions> options,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 200, out var errors);
        MessageStatus? wantedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<MessageStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wantedStatus = parsed;
            }
            else
            {
                errors["status"] = [$"status is one of {string.Join(", ", Enum.GetNames<MessageStatus>())}."];
            }
        }

        Channel? wantedChannel = null;
        if (channel is not null)
        {
            if (Enum.TryParse<Channel>(channel, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wantedChannel = parsed;
            }
            else
            {
                errors["channel"] = [$"channel is one of {string.Join(", ", Enum.GetNames<Channel>())}."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Messages.AsNoTracking();
        if (memberId is { } m)
        {
            query = query.Where(x => x.MemberId == m);
        }

        if (requestId is { } r)
        {
            query = query.Where(x => x.RequestId == r);
        }

        if (wantedStatus is { } s)
        {
            query = query.Where(x => x.Status == s);
        }

        if (wantedChannel is { } c)
        {
            query = query.Where(x => x.Channel == c);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(x => x.Id).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ResultPage<MessageResponse>(
            paging.Page, paging.Size, total, items.Select(m => MessageResponse.From(m, options.Value.ShowSignInCodes)).ToList()));
    }

    public static async Task<Results<Ok<MessageResponse>, NotFound>> GetMessage(
        long id, NotificationDbContext db, IOptions<NotificationOptions> options, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } message
            ? TypedResults.Ok(MessageResponse.From(message, options.Value.ShowSignInCodes))
            : TypedResults.NotFound();
}
