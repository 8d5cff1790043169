import { Injectable } from '@nestjs/common';
import type { FigureCase, FigureCaseList } from '@convene/contracts';
import { FIGURES_COUNTED_TODAY } from '@convene/contracts';
import { DataSource } from 'typeorm';
import type { FigureCasesQuery } from './dashboard-figures.dto.js';
import { FigureCasesRepository, type FigureCaseRow } from './figure-cases.repository.js';
import { figurePeriod } from './figure-period.js';

/** The cases behind any figure of the service dashboard, counted as the figure is (FigureCasesRepository). */
@Injectable()
export class FigureCasesService {
  constructor(private readonly dataSource: DataSource) {}

  async cases(query: FigureCasesQuery): Promise<FigureCaseList> {
    const today = FIGURES_COUNTED_TODAY.includes(query.measure);
    const period = today ? null : figurePeriod(query.month!, query.span ?? 'month');
    const rows = await new FigureCasesRepository(this.dataSource.manager).cases(
      query,
      period ?? { from: '', to: '' },
    );
    return {
      measure: query.measure,
      from: period?.from ?? null,
      to: period?.to ?? null,
      cases: rows.map(toFigureCase),
    };
  }
}

function toFigureCase(row: FigureCaseRow): FigureCase {
  return {
    childId: row.child_id,
    caseReference: row.case_reference,
    receivedOn: row.received_on,
    countedOn: row.counted_on,
    ...('stage' in row ? { stage: row.stage! } : {}),
    ...('returned_on' in row ? { returnedOn: row.returned_on } : {}),
    ...('grade' in row ? { grade: row.grade! } : {}),
    ...('agency' in row ? { agency: row.agency! } : {}),
  };
}
