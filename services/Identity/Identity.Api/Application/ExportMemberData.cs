using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Identity.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Loyalty.Identity.Api.Application;

/// <summary>
/// Identity's part of a member's data export: whether she has a sign-in login (never its phone hash) and the tokens
/// issued to her that are still kept. Runs in the consumer's inbox transaction; stages one part.
/// </summary>
public sealed class ExportMemberData(
    IdentityServiceDbContext db,
    IOpenIddictTokenManager tokens,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public const string Service = "identity";

    public async Task HandleAsync(MemberDataExportRequested request, CancellationToken cancellationToken)
    {
        var login = await db.MemberLogins.AsNoTracking()
            .FirstOrDefaultAsync(m => m.MemberId == request.MemberId, cancellationToken);
        var signIns = new List<SignInPart>();
        await foreach (var token in tokens.FindBySubjectAsync(request.MemberId.ToString(), cancellationToken))
        {
            signIns.Add(new SignInPart(
                await tokens.GetTypeAsync(token, cancellationToken),
                await tokens.GetStatusAsync(token, cancellationToken),
                await tokens.GetCreationDateAsync(token, cancellationToken),
                await tokens.GetExpirationDateAsync(token, cancellationToken)));
        }

        var part = new IdentityPart(
            request.MemberId,
            Known: login is not null || signIns.Count > 0,
            Summary(login is not null, signIns.Count),
            login is null ? null : new LoginPart("phone-code", login.AsOf),
            [.. signIns.OrderByDescending(s => s.IssuedAt)]);
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, request.MemberId, Service, DataExportJson.Serialize(part), timeProvider.GetUtcNow())
        {
            OccurredAt = timeProvider.GetUtcNow(),
        });
    }

    private static string Summary(bool hasLogin, int signIns) =>
        (hasLogin ? "登录：可用手机验证码登录" : "登录：无登录账号") + $"，保留的登录凭证 {signIns} 个";

    // Known: whether Identity holds anything about her. Login: her sign-in by phone code (the phone is kept only as
    // a keyed hash, never exported). SignIns: the tokens issued to her that are still kept.
    private sealed record IdentityPart(
        Guid MemberId, bool Known, string Summary, LoginPart? Login, IReadOnlyList<SignInPart> SignIns);

    // PhoneStatedAt: when Members stated the phone the login answers to.
    private sealed record LoginPart(string Method, DateTimeOffset PhoneStatedAt);

    private sealed record SignInPart(
        string? TokenType, string? Status, DateTimeOffset? IssuedAt, DateTimeOffset? ExpiresAt);
}
