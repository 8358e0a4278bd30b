// The grammar of DML (Declarative Machine-learning Language) as accepted by DmlNet.
// Written from ../shared/dml-reference.md; the generated parser is built from this file by
// src/DmlNet/Syntax/Antlr.targets and never edited by hand.
grammar Dml;

// ---------------------------------------------------------------- program structure

program
    : statement* EOF
    ;

functionDefinition
    : name=ID assignOp 'function' '(' parameters=typedParameterList? ')'
      ('return' '(' results=typedParameterList? ')')?
      '{' statements+=statement* '}' ';'*                                     # dmlFunction
    | name=ID assignOp 'externalFunction' '(' parameters=typedParameterList? ')'
      ('return' '(' results=typedParameterList? ')')?
      'implemented' 'in' '(' (options+=keyValue (',' options+=keyValue)*)? ')' ';'*   # externalFunction
    ;

typedParameterList
    : typedParameter (',' typedParameter)*
    ;

typedParameter
    : type=parameterType name=ID ('=' defaultValue=expression)?
    ;

parameterType
    : valueType                                        # scalarParameterType
    | dataType=ID '[' valueType ']'                    # dataParameterType
    ;

valueType
    : 'int' | 'integer' | 'Int' | 'Integer'
    | 'double' | 'Double'
    | 'string' | 'String'
    | 'boolean' | 'Boolean'
    | 'unknown' | 'Unknown'
    ;

keyValue
    : key=ID '=' value=expression
    ;

assignOp
    : '=' | '<-'
    ;

// ---------------------------------------------------------------- statements

statement
    : functionDefinition                                                     # functionStatement
    | 'source' '(' path=STRING ')' 'as' namespace=ID ';'*                   # sourceStatement
    | 'setwd' '(' path=STRING ')' ';'*                                       # setwdStatement
    | target=dataIdentifier assignOp value=expression ';'*                   # assignmentStatement
    | target=dataIdentifier '+=' value=expression ';'*                       # accumulateStatement
    | '[' targets+=ID (',' targets+=ID)* ']' assignOp call=functionCall ';'* # multiAssignmentStatement
    | call=functionCall ';'*                                                 # callStatement
    | 'if' '(' predicate=expression ')' thenBody=body ('else' elseBody=body)? ';'*  # ifStatement
    | 'for' '(' variable=ID 'in' range=iterable ')' loopBody=body ';'*      # forStatement
    | 'parfor' '(' variable=ID 'in' range=iterable (',' options+=keyValue)* ')' loopBody=body ';'*  # parforStatement
    | 'while' '(' predicate=expression ')' loopBody=body ';'*               # whileStatement
    ;

body
    : '{' statements+=statement* '}'                   # blockBody
    | statement                                        # singleStatementBody
    ;

iterable
    : from=expression ':' to=expression                # rangeIterable
    | sequence=expression                              # expressionIterable
    ;

// ---------------------------------------------------------------- expressions
// Alternatives are listed from the tightest to the loosest binding, as in the reference's
// precedence table.

expression
    : <assoc=right> left=expression op='^' right=expression                  # powerExpression
    | op=('-' | '+') operand=expression                                      # unaryExpression
    | left=expression op='%*%' right=expression                              # matrixMultiplyExpression
    | left=expression op=('%/%' | '%%') right=expression                     # integerDivideExpression
    | left=expression op=('*' | '/') right=expression                        # multiplyExpression
    | left=expression op=('+' | '-') right=expression                        # addExpression
    | left=expression op=('>' | '>=' | '<' | '<=' | '==' | '!=') right=expression  # comparisonExpression
    | op='!' operand=expression                                              # notExpression
    | left=expression op=('&' | '&&') right=expression                       # andExpression
    | left=expression op=('|' | '||') right=expression                       # orExpression
    | functionCall                                                           # callExpression
    | 'ifdef' '(' parameter=commandLineParameter ',' fallback=expression ')' # ifdefExpression
    | dataIdentifier                                                         # dataExpression
    | commandLineParameter                                                   # parameterExpression
    | '[' elements+=expression (',' elements+=expression)* ']'               # listLiteralExpression
    | '(' inner=expression ')'                                               # parenthesizedExpression
    | INT                                                                    # intLiteral
    | DOUBLE                                                                 # doubleLiteral
    | STRING                                                                 # stringLiteral
    | value=('TRUE' | 'FALSE')                                               # booleanLiteral
    ;

functionCall
    : name=ID '(' (arguments+=argument (',' arguments+=argument)*)? ')'
    ;

argument
    : (name=ID '=')? value=expression
    ;

dataIdentifier
    : name=ID '[' (rowLower=expression (':' rowUpper=expression)?)?
      (hasComma=',' (columnLower=expression (':' columnUpper=expression)?)?)? ']'   # indexedIdentifier
    | name=ID                                                                        # simpleIdentifier
    ;

commandLineParameter
    : COMMAND_LINE_NAMED
    | COMMAND_LINE_POSITIONAL
    ;

// ---------------------------------------------------------------- lexer

ID
    : (LETTER (LETTER | DIGIT | '_')* '::')? LETTER (LETTER | DIGIT | '_')*
    | 'as.scalar' | 'as.matrix' | 'as.frame' | 'as.list' | 'as.double' | 'as.integer'
    | 'as.logical' | 'as.boolean' | 'index.return' | 'empty.return' | 'lower.tail'
    | 'lower.tri' | 'upper.tri' | 'is.na' | 'is.nan' | 'is.infinite'
    ;

INT
    : DIGIT+ [Ll]?
    ;

DOUBLE
    : DIGIT+ '.' DIGIT* EXPONENT? [Ll]?
    | '.' DIGIT+ EXPONENT? [Ll]?
    | DIGIT+ EXPONENT [Ll]?
    ;

STRING
    : '"' (ESCAPE | ~[\\"])* '"'
    | '\'' (ESCAPE | ~[\\'])* '\''
    ;

COMMAND_LINE_NAMED
    : '$' LETTER (LETTER | DIGIT | '_')*
    ;

COMMAND_LINE_POSITIONAL
    : '$' DIGIT+
    ;

LINE_COMMENT
    : '#' ~[\r\n]* -> channel(HIDDEN)
    ;

BLOCK_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

WHITESPACE
    : [ \t\r\n\f]+ -> skip
    ;

fragment LETTER
    : [a-zA-Z]
    ;

fragment DIGIT
    : [0-9]
    ;

fragment EXPONENT
    : [eE] [+-]? DIGIT+
    ;

fragment ESCAPE
    : '\\' [btnfr"'\\]
    ;
