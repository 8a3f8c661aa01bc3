using System.Diagnostics;
using System.Security.Claims;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Infrastructure.Sql;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Apis;

public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Members").RequireAuthorization(Policies.Authenticated);

        api.MapPost("/", Register).RequireAuthorization(Policies.Staff)
            .WithSummary("Register a member (front desk).");
        api.MapGet("/", SearchMembers).RequireAuthorization(Policies.ReadMembers)
            .WithSummary(
                "Staff search by phone (any spelling), name (contains, any case), interest tag and/or home storeId, "
                + "paged (page from 1, pageSize up to 100). A front-desk token naming another store gets 403.");
        api.MapGet("/counts", CountMembers).RequireAuthorization(Policies.ReadKpis)
            .WithSummary("How many members the chain (or one home storeId) has: in total, per tier, and registered in "
                + "the last 30 days (formulas in docs/kpis.md).");
        api.MapGet("/me", GetOwnProfile).WithSummary("The calling member's own profile.");
        api.MapGet("/{id:guid}", GetMember).WithSummary("A member's profile: members see only their own.");
        api.MapPut("/me", UpdateOwnProfile).WithSummary("The calling member edits their own profile.");
        api.MapPut("/{id:guid}", UpdateProfile)
            .WithSummary("Replace the editable profile (name, gender, birth date, skin type, interest tags, "
                + "home store): members edit only their own.");
        return app;
    }

    public static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> Register(
        MemberRegistration registration, ClaimsPrincipal user, RegisterMember register, CancellationToken cancellationToken) =>
        StoreScope.Refuses(user, registration.HomeStoreId, "homeStoreId") is { } refused ? refused
        : await register.HandleAsync(registration, cancellationToken) switch
        {
            RegisterMember.Outcome.Registered(var member) =>
                TypedResults.Created($"/api/members/{member.Id}", MemberResponse.From(member)),
            RegisterMember.Outcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            RegisterMember.Outcome.PhoneTaken => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A member with this phone number already exists.",
                extensions: new Dictionary<string, object?> { ["field"] = "phone" }),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };

    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetOwnProfile(
        ClaimsPrincipal user, MembersDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        var member = memberId is null
            ? null
            : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null or { IsErased: true }
            ? TypedResults.NotFound()
            : TypedResults.Ok(MemberResponse.From(member) with
            {
                RollingSpend = await db.RollingSpendAsync(member.Id, time.GetUtcNow(), cancellationToken),
            });
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult>> GetMember(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MayReadProfileOf(id))
        {
            return TypedResults.Forbid();
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        // An erased member's own token finds nothing; staff see the record that names nobody.
        return member is null || (member.IsErased && user.MemberId() == id)
            ? TypedResults.NotFound()
            : TypedResults.Ok(MemberResponse.From(member));
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult, ValidationProblem>>
        UpdateOwnProfile(
            MemberProfileEdit edit,
            ClaimsPrincipal user,
            EditProfile editProfile,
            CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await UpdateProfile(own, edit, user, editProfile, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult, ValidationProblem>> UpdateProfile(
        Guid id,
        MemberProfileEdit edit,
        ClaimsPrincipal user,
        EditProfile editProfile,
        CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        return await editProfile.HandleAsync(id, edit, cancellationToken) switch
        {
            EditProfile.Outcome.Edited(var member) => TypedResults.Ok(MemberResponse.From(member)),
            EditProfile.Outcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            EditProfile.Outcome.NotFound => TypedResults.NotFound(),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }

    public static async Task<Results<Ok<MemberPage>, ValidationProblem, ProblemHttpResult>> SearchMembers(
        string? phone,
        string? tag,
        string? name,
        string? storeId,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        MembersDbContext db,
        CancellationToken cancellationToken)
    {
        if (StoreScope.RefusesReading(user, storeId, "storeId") is { } refused)
        {
            return refused;
        }

        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);

        PhoneNumber? phoneNumber = null;
        if (phone is not null && !PhoneNumber.TryParse(phone, out phoneNumber))
        {
            errors["phone"] = ["Phone must be a mainland China mobile number (11 digits, optionally +86)."];
        }

        var namePart = name?.Trim();
        if (namePart?.Length > MemberFieldRules.MaxNameLength)
        {
            errors["name"] = [$"Name is at most {MemberFieldRules.MaxNameLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Members.AsNoTracking();
        if (!string.IsNullOrEmpty(namePart))
        {
            var contains = "%" + LikePattern.Escape(namePart) + "%";
            query = query.Where(m => EF.Functions.ILike(m.Name, contains, LikePattern.EscapeCharacter));
        }

        if (storeId is not null)
        {
            query = query.Where(m => m.HomeStoreId == storeId);
        }

        if (phoneNumber is { } wanted)
        {
            query = query.Where(m => m.Phone == wanted.Value);
        }

        if (!string.IsNullOrWhiteSpace(tag))
        {
            var normalized = MemberFieldRules.NormalizeTag(tag);
            query = query.Where(m => m.InterestTags.Contains(normalized));
        }

        var total = await query.CountAsync(cancellationToken);
        var members = await query.OrderBy(m => m.Id).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        var found = members.Select(MemberResponse.From).ToList();
        return TypedResults.Ok(new MemberPage(paging.Page, paging.Size, total, found));
    }

    public static async Task<Results<Ok<MemberCounts>, ProblemHttpResult>> CountMembers(
        string? storeId,
        ClaimsPrincipal user,
        MembersDbContext db,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (StoreScope.RefusesReading(user, storeId, "storeId") is { } refused)
        {
            return refused;
        }

        var now = timeProvider.GetUtcNow();
        var since = now.Add(-MemberCounts.NewMemberWindow);
        var members = db.Members.AsNoTracking();
        if (storeId is not null)
        {
            members = members.Where(m => m.HomeStoreId == storeId);
        }

        var tiers = await members.GroupBy(m => m.Tier)
            .Select(g => new { Tier = g.Key, Members = g.Count(), New = g.Count(m => m.RegisteredAt > since) })
            .ToListAsync(cancellationToken);
        var byTier = Enum.GetValues<Tier>()
            .Select(tier => new TierCount(tier, tiers.FirstOrDefault(t => t.Tier == tier)?.Members ?? 0))
            .ToArray();
        return TypedResults.Ok(
            new MemberCounts(storeId, byTier.Sum(t => t.Members), byTier, tiers.Sum(t => t.New), now));
    }
}
