import { markCriterion } from '../../panels/decision-making/criteria.commands.js';
import type { MeetingCommandName } from '@convene/contracts';
import { advanceAgenda, deferItem, reorderAgenda } from '../commands/agenda.commands.js';
import { addAgendaItem, withdrawAgendaItem } from '../commands/agenda-items.commands.js';
import {
  reassignAdvice,
  respondToTriage,
  triageAdvice,
} from '../../panels/health-gateway/advice-triage.commands.js';
import { submitScore } from '../../panels/quality/quality-score.commands.js';
import { answerJointFunding, proposeJointFunding } from '../../panels/quality/joint-funding.commands.js';
import { arriveAtMeeting, markAttendance } from '../commands/attendance.commands.js';
import { correctOutcome, declareInterest, recordOutcome } from '../commands/decision.commands.js';
import { endMeeting, startMeeting } from '../commands/meeting-lifecycle.commands.js';
import {
  castVote,
  castVoteOptimistically,
  closeVoting,
  openVoting,
  reopenVoting,
  revealVotes,
} from '../commands/voting.commands.js';
import { lowerHand, raiseHand } from '../commands/raised-hands.commands.js';
import { setItemAllowance } from '../commands/item-allowance.commands.js';
import {
  AddAgendaItemDto,
  AdvanceAgendaDto,
  ArriveAtMeetingDto,
  CastVoteDto,
  CloseVotingDto,
  DeclareInterestDto,
  DeferItemDto,
  EndMeetingDto,
  MarkAttendanceDto,
  OpenVotingDto,
  RecordOutcomeDto,
  ReorderAgendaDto,
  RevealVotesDto,
  StartMeetingDto,
  WithdrawAgendaItemDto,
  ReopenVotingDto,
  RaiseHandDto,
  LowerHandDto,
  SetItemAllowanceDto,
  CorrectOutcomeDto,
} from '../dto/meeting-commands.dto.js';
import { MarkCriterionDto } from '../../panels/decision-making/dto/criteria-commands.dto.js';
import {
  ReassignAdviceDto,
  RespondToTriageDto,
  TriageAdviceDto,
} from '../../panels/health-gateway/dto/advice-triage-commands.dto.js';
import {
  AnswerJointFundingDto,
  ProposeJointFundingDto,
  SubmitScoreDto,
} from '../../panels/quality/dto/quality-commands.dto.js';
import type { CommandHandler, OptimisticHandler } from './command-context.js';

export interface RegisteredCommand {
  dto: new () => object;
  handler: CommandHandler<any>;
  /** For a command that only appends a row: tried first, without the meeting's lock. */
  optimistic?: OptimisticHandler<any, any>;
}

/** Every socket command: the DTO that validates it and the handler that applies it. */
export const COMMAND_REGISTRY: Readonly<Record<MeetingCommandName, RegisteredCommand>> = {
  'meeting.start': { dto: StartMeetingDto, handler: startMeeting },
  'meeting.end': { dto: EndMeetingDto, handler: endMeeting },
  'attendance.mark': { dto: MarkAttendanceDto, handler: markAttendance },
  'attendance.arrive': { dto: ArriveAtMeetingDto, handler: arriveAtMeeting },
  'agenda.reorder': { dto: ReorderAgendaDto, handler: reorderAgenda },
  'agenda.advance': { dto: AdvanceAgendaDto, handler: advanceAgenda },
  'agenda.add': { dto: AddAgendaItemDto, handler: addAgendaItem },
  'agenda.withdraw': { dto: WithdrawAgendaItemDto, handler: withdrawAgendaItem },
  'interest.declare': { dto: DeclareInterestDto, handler: declareInterest },
  'voting.open': { dto: OpenVotingDto, handler: openVoting },
  'vote.cast': { dto: CastVoteDto, handler: castVote, optimistic: castVoteOptimistically },
  'voting.close': { dto: CloseVotingDto, handler: closeVoting },
  'votes.reveal': { dto: RevealVotesDto, handler: revealVotes },
  'voting.reopen': { dto: ReopenVotingDto, handler: reopenVoting },
  'hand.raise': { dto: RaiseHandDto, handler: raiseHand },
  'hand.lower': { dto: LowerHandDto, handler: lowerHand },
  'item.allowance': { dto: SetItemAllowanceDto, handler: setItemAllowance },
  'outcome.record': { dto: RecordOutcomeDto, handler: recordOutcome },
  'outcome.correct': { dto: CorrectOutcomeDto, handler: correctOutcome },
  'item.defer': { dto: DeferItemDto, handler: deferItem },
  'criteria.mark': { dto: MarkCriterionDto, handler: markCriterion },
  'advice.triage': { dto: TriageAdviceDto, handler: triageAdvice },
  'advice.respond': { dto: RespondToTriageDto, handler: respondToTriage },
  'advice.reassign': { dto: ReassignAdviceDto, handler: reassignAdvice },
  'score.submit': { dto: SubmitScoreDto, handler: submitScore },
  'funding.propose': { dto: ProposeJointFundingDto, handler: proposeJointFunding },
  'funding.answer': { dto: AnswerJointFundingDto, handler: answerJointFunding },
};
