import { BadRequestException, Injectable } from '@nestjs/common';
import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { percentOf, type AdviceGateway } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../../common/today.js';
import { GatewayFiguresRepository, type AdviceDimension } from './gateway-figures.repository.js';

/**
 * A gateway's figures (the DCO's, the DSCO's…). An advice counts in the month it was due (6 weeks after it was asked for): on time if
 * returned by that day (the day itself is on time); late if returned after it, or still out once it has
 * passed. Advices not yet due and still out are not counted. "Without exceptions" leaves out the advices
 * with a reg 8(2) exception the statutory clock accepts, as the case page marks them.
 */
@Injectable()
export class GatewayFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(gateway: AdviceGateway, from: string, to: string): Promise<HealthGatewayFigures> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const today = todayInEngland();
    const advices = new GatewayFiguresRepository(this.dataSource.manager);
    const kind = gateway.adviceKind;
    const timeliness = async (
      dimension: AdviceDimension,
      withoutExceptions: boolean,
    ): Promise<TimelinessRow[]> => {
      const rows = await advices.timeliness(kind, dimension, withoutExceptions, from, to, today);
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
      advices.triage(kind, from, to),
      advices.openByAge(kind, today),
      advices.quality(kind, from, to),
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
