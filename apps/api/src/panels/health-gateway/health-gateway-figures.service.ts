import { BadRequestException, Injectable } from '@nestjs/common';
import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../../common/today.js';
import { HealthGatewayFiguresRepository, type AdviceDimension } from './health-gateway-figures.repository.js';

/**
 * The DCO's figures. An advice counts in the month it was due (6 weeks after it was asked for): on time if
 * returned by that day (the day itself is on time); late if returned after it, or still out once it has
 * passed. Advices not yet due and still out are not counted. "Without exceptions" leaves out the advices
 * with a reg 8(2) exception the statutory clock accepts, as the case page marks them.
 */
@Injectable()
export class HealthGatewayFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(from: string, to: string): Promise<HealthGatewayFigures> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const today = todayInEngland();
    const advices = new HealthGatewayFiguresRepository(this.dataSource.manager);
    const timeliness = async (
      dimension: AdviceDimension,
      withoutExceptions: boolean,
    ): Promise<TimelinessRow[]> => {
      const rows = await advices.timeliness(dimension, withoutExceptions, from, to, today);
      return rows.map((r) => ({
        key: String(r.key),
        due: r.due,
        onTime: r.on_time,
        percent: percentOf(r.on_time, r.due),
      }));
    };
    const set = async (withoutExceptions: boolean) => {
      const [[total], byTeam, byMonth] = await Promise.all([
        timeliness('all', withoutExceptions),
        timeliness('team', withoutExceptions),
        timeliness('month', withoutExceptions),
      ]);
      return { total: total ?? { key: 'all', due: 0, onTime: 0, percent: null }, byTeam, byMonth };
    };
    const [withExceptions, withoutExceptions, triage, openByAge, quality] = await Promise.all([
      set(false),
      set(true),
      advices.triage(from, to),
      advices.openByAge(today),
      advices.quality(from, to),
    ]);
    return {
      from,
      to,
      withExceptions,
      withoutExceptions,
      rightTeamFirstTime: {
        triaged: triage.triaged,
        firstTime: triage.first_time,
        percent: percentOf(triage.first_time, triage.triaged),
      },
      openByAge,
      qualityMeetsStandard: {
        rated: quality.rated,
        meeting: quality.meeting,
        percent: percentOf(quality.meeting, quality.rated),
      },
    };
  }
}
