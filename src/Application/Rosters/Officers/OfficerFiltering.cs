using DoubleRandom.Domain.Rosters;
using Microsoft.EntityFrameworkCore;

namespace DoubleRandom.Application.Rosters.Officers;

public static class OfficerFiltering
{
    public static IQueryable<Officer> Apply(this IQueryable<Officer> officers, OfficerFilter f)
    {
        if (!string.IsNullOrEmpty(f.Q))
        {
            officers = officers.Where(o => o.Name.Contains(f.Q) || o.Number.StartsWith(f.Q));
        }

        if (f.UnitId is { } unitId)
        {
            officers = officers.Where(o => o.UnitId == unitId);
        }

        if (!string.IsNullOrEmpty(f.Department))
        {
            officers = officers.Where(o => o.DepartmentCode == f.Department);
        }

        if (f.Status is { } status)
        {
            officers = officers.Where(o => o.Status == status);
        }

        if (f.Leader is { } leader)
        {
            officers = officers.Where(o => o.IsLeaderEligible == leader);
        }

        if (!string.IsNullOrEmpty(f.Expertise))
        {
            var pattern = TagList.Pattern(f.Expertise);
            officers = officers.Where(o => EF.Functions.Like(o.ExpertiseTags, pattern));
        }

        if (f.CertifiedOn is { } day)
        {
            officers = officers.Where(o => o.Certificates.Any(c => c.IssuedOn <= day && c.ExpiresOn > day));
        }

        return officers;
    }
}
