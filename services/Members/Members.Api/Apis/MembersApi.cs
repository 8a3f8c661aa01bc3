using System.Security.Claims;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Members.Api.Domain;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Loyalty.ServiceDefaults.Input;

namespace Loyalty.Members.Api.Apis;

public static partial class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Members").RequireAuthorization(Policies.Authenticated);

        api.MapPost("/", RegisterMember).RequireAuthorization(Policies.Staff)
            .WithSummary("Register a member (front desk).");
        api.MapGet("/", SearchMembers).RequireAuthorization(Policies.Staff)
            .WithSummary("Staff search by phone (any spelling) and/or interest tag, paged (page from 1, pageSize up to 100).");
        api.MapGet("/me", GetOwnProfile).WithSummary("The calling member's own profile.");
        api.MapGet("/{id:guid}", GetMember).WithSummary("A member's profile: members see only their own.");
        api.MapPut("/me", UpdateOwnProfile).WithSummary("The calling member edits their own profile.");
        api.MapPut("/{id:guid}", UpdateProfile)
            .WithSummary("Replace the editable profile (name, gender, birth date, skin type, interest tags, home store): members edit only their own.");
        return app;
    }

    public static async Task<Results<Created<MemberResponse>, ValidationProblem, ProblemHttpResult>> RegisterMember(
        MemberRegistration registration,
        MembersDbContext db,
        IIntegrationEventOutbox outbox,
        TimeProvider timeProvider,
        ILogger<MemberRegistration> logger,
        CancellationToken cancellationToken)
    {
        var (valid, errors) = MemberRegistrationRules.Validate(registration, ClinicTime.Today(timeProvider));
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Members.AnyAsync(m => m.Phone == valid.Phone.Value, cancellationToken))
        {
            return PhoneTaken();
        }

        Guid? referrerId = null;
        if (valid.ReferralCode is not null)
        {
            referrerId = await db.Members.Where(m => m.ReferralCode == valid.ReferralCode).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
            if (referrerId is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["referralCode"] = ["No member has this referral code."] });
            }
        }

        var member = Member.Register(valid, referrerId, await NewReferralCodeAsync(db, cancellationToken), timeProvider.GetUtcNow());
        db.Members.Add(member);
        outbox.Add(member.ToRegisteredEvent());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(MemberConfiguration.PhoneIndex))
        {
            // Another registration with this phone committed between our check and our insert.
            return PhoneTaken();
        }

        LogRegistered(logger, member.Id, valid.Phone.Masked, member.HomeStoreId);
        return TypedResults.Created($"/api/members/{member.Id}", MemberResponse.From(member));
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound>> GetOwnProfile(ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        var memberId = user.MemberId();
        var member = memberId is null ? null : await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(MemberResponse.From(member));
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult>> GetMember(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return member is null ? TypedResults.NotFound() : TypedResults.Ok(MemberResponse.From(member));
    }

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult, ValidationProblem>> UpdateOwnProfile(
        MemberProfileEdit edit, ClaimsPrincipal user, MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        user.MemberId() is { } own ? await UpdateProfile(own, edit, user, db, outbox, timeProvider, cancellationToken) : TypedResults.NotFound();

    public static async Task<Results<Ok<MemberResponse>, NotFound, ForbidHttpResult, ValidationProblem>> UpdateProfile(
        Guid id,
        MemberProfileEdit edit,
        ClaimsPrincipal user,
        MembersDbContext db,
        IIntegrationEventOutbox outbox,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var (profile, errors) = MemberProfileRules.Validate(edit, ClinicTime.Today(timeProvider));
        if (profile is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        if (member.UpdateProfile(profile, timeProvider.GetUtcNow()) is { } updated)
        {
            outbox.Add(updated);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(MemberResponse.From(member));
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
        var members = await query.OrderBy(m => m.Id).Skip(paging.Offset).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MemberPage(paging.Page, paging.Size, total, members.Select(MemberResponse.From).ToList()));
    }

    private static ProblemHttpResult PhoneTaken() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "A member with this phone number already exists.",
        extensions: new Dictionary<string, object?> { ["field"] = "phone" });

    private static async Task<string> NewReferralCodeAsync(MembersDbContext db, CancellationToken cancellationToken)
    {
        // 31^8 codes: a clash is rare, but a unique index would turn one into a failed registration.
        while (true)
        {
            var code = ReferralCode.New();
            if (!await db.Members.AnyAsync(m => m.ReferralCode == code, cancellationToken))
            {
                return code;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} registered (phone {MaskedPhone}) at store {StoreId}")]
    private static partial void LogRegistered(ILogger logger, Guid memberId, string maskedPhone, string storeId);
}
