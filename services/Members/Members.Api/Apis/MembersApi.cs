using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Infrastructure;
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
                "Staff search by phone (any spelling) and/or interest tag, paged (page from 1, pageSize up to 100).");
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
        ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        var member = memberId is null
            ? null
            : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(MemberResponse.From(member));
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult>> GetMember(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MayReadProfileOf(id))
        {
            return TypedResults.Forbid();
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(MemberResponse.From(member));
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

    public static async Task<Results<Ok<MemberPage>, ValidationProblem>> SearchMembers(
        string? phone, string? tag, int? page, int? pageSize, MembersDbContext db, CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);

        PhoneNumber? phoneNumber = null;
        if (phone is not null && !PhoneNumber.TryParse(phone, out phoneNumber))
        {
            errors["phone"] = ["Phone must be a mainland China mobile number (11 digits, optionally +86)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Members.AsNoTracking();
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
}
