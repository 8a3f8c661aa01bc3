using System.Security.Claims;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Apis;

public static class PointsApi
{
    public static IEndpointRouteBuilder MapPointsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/points").WithTags("Points").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/accounts/me", GetOwnAccount).WithSummary("The calling member's points account.");
        api.MapGet("/accounts/{memberId:guid}", GetAccount)
            .WithSummary("A member's points account: members see only their own.");
        api.MapGet("/accounts/me/ledger", GetOwnLedger)
            .WithSummary("The calling member's points history, newest first.");
        api.MapGet("/accounts/{memberId:guid}/ledger", GetLedger)
            .WithSummary("A member's points history, newest first, paged (page from 1, pageSize up to 100).");
        api.MapGet("/liability", GetLiability).RequireAuthorization(Policies.ReadKpis)
            .WithSummary("The points owed to members now: outstanding balance, accounts with a balance, points "
                + "expiring within 30 days (points only; formulas in docs/kpis.md).");
        return app;
    }

    public static async Task<Results<Ok<PointsAccountResponse>, NotFound>> GetOwnAccount(
        ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        var account = user.MemberId() is { } memberId ? await FindAsync(db, memberId, cancellationToken) : null;
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(PointsAccountResponse.From(account));
    }

    public static async Task<Results<Ok<PointsAccountResponse>, NotFound, ForbidHttpResult>> GetAccount(
        Guid memberId, ClaimsPrincipal user, PointsDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(memberId))
        {
            return TypedResults.Forbid();
        }

        var account = await FindAsync(db, memberId, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(PointsAccountResponse.From(account));
    }

    public static async Task<Results<Ok<LedgerPage>, NotFound, ForbidHttpResult, ValidationProblem>> GetOwnLedger(
        ClaimsPrincipal user, PointsDbContext db, int? page, int? pageSize, CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await GetLedger(own, user, db, page, pageSize, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<LedgerPage>, NotFound, ForbidHttpResult, ValidationProblem>> GetLedger(
        Guid memberId,
        ClaimsPrincipal user,
        PointsDbContext db,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        if (!user.MaySee(memberId))
        {
            return TypedResults.Forbid();
        }

        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var account = await FindAsync(db, memberId, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var entries = db.Ledger.AsNoTracking().Where(e => e.MemberId == memberId);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Sequence).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        var onPage = items.Select(LedgerEntryResponse.From).ToArray();
        return TypedResults.Ok(new LedgerPage(memberId, account.Balance, paging.Page, paging.Size, total, onPage));
    }

    public static async Task<Ok<PointsLiability>> GetLiability(
        PointsDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var horizon = now.Add(PointsLiabilityWindow);
        var balances = await db.Accounts.Where(a => a.Balance > 0).GroupBy(_ => 1)
            .Select(g => new { Points = g.Sum(a => a.Balance), Accounts = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        var expiring = await db.Lots.Where(l => l.Remaining > 0 && l.ExpiresAt > now && l.ExpiresAt <= horizon)
            .SumAsync(l => (long?)l.Remaining, cancellationToken) ?? 0;
        return TypedResults.Ok(new PointsLiability(balances?.Points ?? 0, balances?.Accounts ?? 0, expiring, now));
    }

    private static readonly TimeSpan PointsLiabilityWindow = TimeSpan.FromDays(30);

    private static Task<PointsAccount?> FindAsync(
        PointsDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.MemberId == memberId, cancellationToken);
}
