import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskCreditCode, maskIdNumber, maskPhone } from '../../../main/contract/validation';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-character number', () => {
    assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
  });

  it('keeps the same ends of a 15-digit legacy number', () => {
    assert.equal(maskIdNumber('110105491231002'), '110105*****1002');
  });

  it('still hides at least four characters of a short document number such as a passport', () => {
    assert.equal(maskIdNumber('E12345678'), 'E****5678');
    assert.equal(maskIdNumber('12345678'), '****5678');
  });

  it('hides all but the last character of anything shorter than 8', () => {
    assert.equal(maskIdNumber('1234567'), '******7');
    assert.equal(maskIdNumber('A'), '*');
  });

  it('returns an empty string for empty or non-string input instead of throwing', () => {
    assert.equal(maskIdNumber(''), '');
    assert.equal(maskIdNumber('   '), '');
    assert.equal(maskIdNumber(undefined as unknown as string), '');
    assert.equal(maskIdNumber(null as unknown as string), '');
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of a mobile number', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('138 1234 5678'), '138****5678');
    assert.equal(maskPhone('+86 138-1234-5678'), '+86 138****5678');
  });

  it('keeps the area code and the last two digits of a landline', () => {
    assert.equal(maskPhone('010-12345678'), '010-******78');
    assert.equal(maskPhone('0755 1234567'), '0755 *****67');
    assert.equal(maskPhone('01012345678'), '010******78');
    assert.equal(maskPhone('075512345678'), '0755******78');
    assert.equal(maskPhone('0571-87654321-801'), '0571-******21-801');
  });

  it('keeps only the last two digits of anything else', () => {
    assert.equal(maskPhone('87654321'), '******21');
    assert.equal(maskPhone('12'), '12');
    assert.equal(maskPhone('无'), '无');
    assert.equal(maskPhone(42 as unknown as string), '');
  });
});

describe('maskCreditCode', () => {
  it('keeps the first 8 and last 2 characters', () => {
    assert.equal(maskCreditCode('91350100M000100Y43'), '91350100********43');
  });

  it('hides something even in a short or odd value and never throws', () => {
    assert.equal(maskCreditCode('123456'), '****56');
    assert.equal(maskCreditCode('123'), '***');
    assert.equal(maskCreditCode('1234567890AB'), '123456****AB');
    assert.equal(maskCreditCode(''), '');
    assert.equal(maskCreditCode({} as unknown as string), '');
  });
});
