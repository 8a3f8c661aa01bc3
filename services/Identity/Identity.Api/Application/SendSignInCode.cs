using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Contracts.Notification;
using Loyalty.Identity.Api.Domain.Members;
using Loyalty.Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// A member asks for a sign-in code by phone. The answer is the same whether or not the phone is a member's, so it
/// tells nobody who is one; for a member, a code goes out as a transactional SMS through the Notification service
/// (NotificationRequested, purpose SignIn: no consent record needed, never capped or deferred).
/// </summary>
public sealed class SendSignInCode(
    IdentityServiceDbContext db, PhoneLookup phones, SignInCodes codes, IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public const string TemplateCode = "sign-in-code";

    public async Task<SendSignInCodeOutcome> HandleAsync(
        string? phone, string address, CancellationToken cancellationToken)
    {
        if (SignInPhone.Normalize(phone) is not { } normalized)
        {
            return new SendSignInCodeOutcome.Invalid(
                new Dictionary<string, string[]> { ["phone"] = [SignInPhone.Expected] });
        }

        var phoneHash = phones.HashOf(normalized);
        if (!await codes.MayAskAsync(phoneHash, address))
        {
            return new SendSignInCodeOutcome.TooSoon();
        }

        var memberId = await MemberLogins.FindAsync(db, phoneHash, cancellationToken);
        if (memberId is null)
        {
            return new SendSignInCodeOutcome.Accepted();
        }

        var code = await codes.IssueAsync(phoneHash);
        await db.RunAsync(_ =>
        {
            var requestId = Guid.CreateVersion7(timeProvider.GetUtcNow());
            outbox.Add(new NotificationRequested(
                requestId, memberId.Value, Channel.Sms, ConsentPurpose.SignIn, TemplateCode,
                new Dictionary<string, string> { ["code"] = code }, $"{TemplateCode}:{requestId:N}", null)
            {
                OccurredAt = timeProvider.GetUtcNow(),
            });
            return Task.FromResult(0);
        }, cancellationToken);
        return new SendSignInCodeOutcome.Accepted();
    }
}

public abstract record SendSignInCodeOutcome
{
    public sealed record Accepted : SendSignInCodeOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : SendSignInCodeOutcome;

    public sealed record TooSoon : SendSignInCodeOutcome;
}

/// <summary>The member a phone hash belongs to: the latest to claim it (while events travel, two may).</summary>
internal static class MemberLogins
{
    public static Task<Guid?> FindAsync(
        IdentityServiceDbContext db, string phoneHash, CancellationToken cancellationToken) =>
        db.MemberLogins.AsNoTracking().Where(m => m.PhoneHash == phoneHash).OrderByDescending(m => m.AsOf)
            .Select(m => (Guid?)m.MemberId).FirstOrDefaultAsync(cancellationToken);
}
