using Loyalty.Contracts;
using Loyalty.Notification.Api.Domain.Messages;
using Loyalty.ServiceDefaults.Input;

namespace Loyalty.Notification.Api.Apis;

/// <summary>
/// The operators' outbox filters as the query string gives them (every one optional): the member, the request, the
/// status, the channel, the template, and when it was requested (from inclusive, to exclusive, UTC instants).
/// </summary>
public sealed record MessageFilter(
    Guid? MemberId,
    Guid? RequestId,
    MessageStatus? Status,
    Channel? Channel,
    string? TemplateCode,
    DateTimeOffset? From,
    DateTimeOffset? To)
{
    public static MessageFilter Read(
        Guid? memberId,
        Guid? requestId,
        string? status,
        string? channel,
        string? template,
        DateTimeOffset? from,
        DateTimeOffset? to,
        IDictionary<string, string[]> errors)
    {
        if (from is { } start && to is { } end && end <= start)
        {
            errors["to"] = ["to is after from."];
        }

        if (template is not null && (template.Trim().Length == 0 || template.Length > 64))
        {
            errors["template"] = ["template is a template code of 1 to 64 characters, e.g. wake-up-coupon."];
        }

        return new MessageFilter(
            memberId, requestId, EnumQuery.Read<MessageStatus>(status, "status", errors),
            EnumQuery.Read<Channel>(channel, "channel", errors), template?.Trim(), from, to);
    }

    public IQueryable<NotificationMessage> Apply(IQueryable<NotificationMessage> messages)
    {
        if (MemberId is { } member)
        {
            messages = messages.Where(m => m.MemberId == member);
        }

        if (RequestId is { } request)
        {
            messages = messages.Where(m => m.RequestId == request);
        }

        if (Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        if (Channel is { } channel)
        {
            messages = messages.Where(m => m.Channel == channel);
        }

        if (TemplateCode is { } template)
        {
            messages = messages.Where(m => m.TemplateCode == template);
        }

        if (From is { } from)
        {
            messages = messages.Where(m => m.RequestedAt >= from);
        }

        if (To is { } to)
        {
            messages = messages.Where(m => m.RequestedAt < to);
        }

        return messages;
    }
}
